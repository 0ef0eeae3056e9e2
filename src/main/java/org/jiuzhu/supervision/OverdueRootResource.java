package org.jiuzhu.supervision;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The plugin's API root; Jersey, not Spring, creates it, so the project's beans come from the servlet context. */
@Path("plugin/" + OverduePlugin.ID)
public class OverdueRootResource extends AbstractCockpitPluginRootResource {

  public OverdueRootResource() {
    super(OverduePlugin.ID);
  }

  @Path("{engine}/steps")
  public OverdueStepsResource steps(@PathParam("engine") String engine) {
    return subResource(new OverdueStepsResource(engine,
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)), engine);
  }
}
