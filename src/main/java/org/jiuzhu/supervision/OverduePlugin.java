package org.jiuzhu.supervision;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 逾期督办 in Cockpit (registered in META-INF/services): a dashboard section and a page of its own, served from
 * plugin-webapp/jiuzhu-overdue/app/plugin.js, with its API under /camunda/api/cockpit/plugin/jiuzhu-overdue/.
 */
public class OverduePlugin extends AbstractCockpitPlugin {

  public static final String ID = "jiuzhu-overdue";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(OverdueRootResource.class);
  }

  @Override
  public List<String> getMappingFiles() {
    return List.of("org/jiuzhu/supervision/overdue-steps.xml");
  }
}
