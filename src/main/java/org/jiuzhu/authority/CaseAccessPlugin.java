package org.jiuzhu.authority;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches the per-case grants to every process an admin deploys, so each procedure is born inside access
 * control without its model having to ask for it.
 */
@Component
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new GrantAsTheCaseMoves());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static class GrantAsTheCaseMoves extends AbstractBpmnParseListener {

    private static final ExecutionListener CASE_OPENED = CaseAuthorizations::caseOpened;
    private static final TaskListener STEP_OPENED = CaseAuthorizations::stepOpened;

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
      // Only the case's own start: by its end the start listeners have named the case's units.
      if (scope instanceof ProcessDefinitionEntity) {
        startEvent.addListener(ExecutionListener.EVENTNAME_END, CASE_OPENED);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, STEP_OPENED);
    }
  }
}
