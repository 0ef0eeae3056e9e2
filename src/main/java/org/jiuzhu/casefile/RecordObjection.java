package org.jiuzhu.casefile;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 公示异议: an objection must say what it objects to (objectionReason), else it is refused and the notice goes
 * on; one that is taken is counted and goes back to the township with the reason. Heard as a message (P3) or
 * as a step township staff complete (低保、特困, where staff may not send messages).
 */
@Component("recordObjection")
class RecordObjection implements ExecutionListener, TaskListener {

  static final String OBJECTION_REASON = "objectionReason";
  static final String OBJECTION_COUNT = "objectionCount";

  @Override
  public void notify(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String reason = Values.text(execution.getVariable(OBJECTION_REASON), OBJECTION_REASON, 2000, problems);
    InvalidInputException.throwIfAny("公示异议", problems);
    Object count = execution.getVariable(OBJECTION_COUNT);
    execution.setVariable(OBJECTION_REASON, reason);
    execution.setVariable(OBJECTION_COUNT, (count instanceof Number n ? n.longValue() : 0L) + 1);
  }

  @Override
  public void notify(DelegateTask task) {
    notify(task.getExecution());
  }
}
