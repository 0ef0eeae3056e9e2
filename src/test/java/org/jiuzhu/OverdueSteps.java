package org.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What every procedure's overdue escalation (markStepOverdue and a 督办 task) must leave behind. */
public final class OverdueSteps {

  private OverdueSteps() {
  }

  /**
   * The late step is still open, at top priority and marked overdue; the supervisors' task names the step,
   * the unit and the due date. Returns the supervisors' task.
   */
  public static Task assertEscalated(TaskService tasks, ProcessInstance pi, String stepKey, String superviseKey,
      String supervisorGroup, String stepName, String unit, String dueDate) {
    assertThat(pi).isWaitingAt(stepKey, superviseKey);
    Task late = task(stepKey, pi);
    assertThat(late.getPriority()).isEqualTo(100);
    assertThat(tasks.getVariableLocal(late.getId(), "overdue")).isEqualTo(true);
    Task supervise = task(superviseKey, pi);
    assertThat(supervise).hasCandidateGroup(supervisorGroup);
    assertThat(tasks.getVariables(supervise.getId()))
        .containsEntry("overdueStepName", stepName)
        .containsEntry("overdueUnit", unit)
        .containsEntry("overdueDueDate", dueDate);
    return supervise;
  }
}
