package org.jiuzhu.tasklist;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

import jakarta.ws.rs.Path;

/**
 * Tasklist as the staff's workplace (META-INF/resources/plugin/jiuzhu/app, served like Camunda's own plugins): a
 * link to 我经手的案件 in the header, and the buttons a user cannot use hidden until the engine says they may
 * (create a task, start a procedure, change or remove a step's due date). Found by Tasklist through
 * META-INF/services.
 */
public class WorkplacePlugin extends AbstractTasklistPlugin {

  static final String ID = "jiuzhu";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getAssetDirectory() {
    return "plugin/" + ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(Assets.class);
  }

  /** Serves the plugin's plugin.js and plugin.css at Tasklist's plugin address. */
  @Path("plugin/" + ID)
  public static class Assets extends AbstractTasklistPluginRootResource {

    public Assets() {
      super(ID);
    }
  }
}
