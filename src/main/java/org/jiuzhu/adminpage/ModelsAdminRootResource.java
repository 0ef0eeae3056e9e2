package org.jiuzhu.adminpage;

import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.jiuzhu.authority.Admins;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * /camunda/api/admin/plugin/jiuzhu-models/{engine}/…, behind the webapps' login and CSRF token. The webapps create
 * it per request, outside Spring, so it takes the application's beans from the servlet context; every call
 * passes the admin check here (and again in the beans).
 */
@Path("plugin/" + ModelsAdminPlugin.ID)
public class ModelsAdminRootResource extends AbstractAdminPluginRootResource {

  public ModelsAdminRootResource() {
    super(ModelsAdminPlugin.ID);
  }

  @Path("{engineName}")
  public ModelsAdminResource engine(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    try {
      spring.getBean(Admins.class).require();
    } catch (Admins.NotAnAdmin e) {
      throw new WebApplicationException(e.getMessage(), Response.Status.FORBIDDEN);
    }
    return subResource(new ModelsAdminResource(engineName, spring), engineName);
  }
}
