package org.jiuzhu.supervision;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/**
 * Marks a step that passed its due date: the open task gets top priority and a task variable overdue=true
 * (Tasklist sorts and shows it), and the case records which step and unit are late for the supervisors'
 * 督办 task. The step to mark and its unit are the input parameters overdueTaskKey and overdueUnitName.
 */
@Component("markStepOverdue")
class MarkStepOverdue implements JavaDelegate {

  static final int OVERDUE_PRIORITY = 100;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TaskService taskService;

  MarkStepOverdue(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable("overdueTaskKey");
    Task task = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("No open task " + taskKey + " to mark overdue in " + execution.getProcessBusinessKey());
    }
    // A step urged while still due today keeps its higher priority.
    task.setPriority(Math.max(task.getPriority(), OVERDUE_PRIORITY));
    taskService.saveTask(task);
    taskService.setVariableLocal(task.getId(), "overdue", true);
    execution.setVariable("overdueStepName", task.getName());
    execution.setVariable("overdueUnit", execution.getVariable("overdueUnitName"));
    execution.setVariable("overdueDueDate", task.getDueDate().toInstant().atZone(ChinaClock.ZONE).format(DUE));
  }
}
