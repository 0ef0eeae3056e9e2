package org.jiuzhu.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.jiuzhu.deployment.ModelProperties;
import org.jiuzhu.personaldata.ClearPersonalDataHistoryFilter;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail of every process deployed, so no model has to ask for it: the case being opened, each
 * claim, release and completion of a user task, and the service tasks a model marks. A task names the
 * variables worth recording in its camunda property {@code audit} (comma-separated); clear personal numbers
 * are never recorded, whatever a model lists.
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

  private static final String AUDIT_PROPERTY = "audit";
  private static final String CASE_OPENED = "受理申请";
  private static final String ASSIGNED = "认领/指派：";
  private static final String RELEASED = "取消认领：";
  private static final String COMPLETED = "完成：";

  private final AuditTrail trail;

  AuditEnginePlugin(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AuditParseListener());
  }

  /** The variables an element's {@code audit} property lists, without the clear personal numbers. */
  private static List<String> auditedVariables(Element element) {
    return ModelProperties.values(element, AUDIT_PROPERTY).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(name -> !name.isEmpty() && !ClearPersonalDataHistoryFilter.CLEAR_VARIABLES.contains(name))
        .distinct()
        .toList();
  }

  /** {@code name=value; …} of the listed variables that are set; null when none is. */
  private static String values(VariableScope scope, List<String> names) {
    StringJoiner detail = new StringJoiner("; ");
    for (String name : names) {
      Object value = scope.getVariable(name);
      if (value != null) {
        detail.add(name + "=" + value);
      }
    }
    return detail.length() == 0 ? null : detail.toString();
  }

  private void record(DelegateExecution execution, String action, String detail) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      return; // an instance without a case number is no case to account for
    }
    String county = execution.getVariable("countyCode") instanceof String code ? code : null;
    trail.record(Context.getCommandContext().getAuthenticatedUserId(), businessKey, county, action, detail);
  }

  private static String nameOf(DelegateTask task) {
    return Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey());
  }

  /**
   * Adds the recording listeners as each model is parsed. They go last in each list, so they see the values
   * the model's own listeners have checked and normalised.
   */
  class AuditParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
      // Only the case's own start; by its end the start listeners have given the case its number.
      if (scope instanceof ProcessDefinitionEntity) {
        startEvent.addListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> record(execution, CASE_OPENED, null));
      }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      List<String> audited = auditedVariables(element);
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      // Fired for every change of assignee, including back to none (unclaim).
      definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, task -> {
        if (task.getAssignee() == null) {
          record(task.getExecution(), RELEASED + nameOf(task), null);
        } else {
          record(task.getExecution(), ASSIGNED + nameOf(task), "办理人 " + task.getAssignee());
        }
      });
      definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
          task -> record(task.getExecution(), COMPLETED + nameOf(task), values(task, audited)));
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      List<String> audited = auditedVariables(element);
      if (!audited.isEmpty()) {
        String action = element.attribute("name", activity.getId());
        activity.addListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> record(execution, action, values(execution, audited)));
      }
    }
  }
}
