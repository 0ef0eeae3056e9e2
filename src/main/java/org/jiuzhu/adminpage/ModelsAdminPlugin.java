package org.jiuzhu.adminpage;

import java.util.Set;

import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;

/**
 * The Admin app's page 模型与迁移 (Community Edition plugin API): the model folders against the engine, reloading
 * and exporting them, and moving running cases to a procedure's latest version. Its script is
 * plugin-webapp/jiuzhu-models/app/plugin.js; registered in META-INF/services.
 */
public class ModelsAdminPlugin extends AbstractAdminPlugin {

  public static final String ID = "jiuzhu-models";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ModelsAdminRootResource.class);
  }
}
