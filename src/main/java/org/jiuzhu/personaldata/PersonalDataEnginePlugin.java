package org.jiuzhu.personaldata;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/** Puts the clear-personal-data filter in front of the engine's history database writer. */
@Component
class PersonalDataEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new ClearPersonalDataHistoryFilter(new DbHistoryEventHandler()));
  }
}
