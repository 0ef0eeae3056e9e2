package org.jiuzhu.actions;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 退回: a reviewing step that declares {@code returned} and {@code returnReason} may send the case back; where to is
 * the model's own flow out of the step's decision gateway (a civil-affairs official sees the arrow). Listens on
 * the step's create (a decision of an earlier round must not steer this one) and complete (before the step's own
 * rules, which a return skips): a return needs its reason and is counted per case ({@code returnCount}), and the
 * earlier step, entered afresh, gets a new time limit and a new overdue timer from its model.
 */
@Component("stepReturn")
public class StepReturn implements TaskListener {

  private final AuditTrail trail;

  StepReturn(AuditTrail trail) {
    this.trail = trail;
  }

  public static final String RETURNED = "returned";
  static final String REASON = "returnReason";
  static final String COUNT = "returnCount";
  static final String FROM = "returnedFrom";

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      execution.setVariable(RETURNED, false);
      return;
    }
    List<Problem> problems = new ArrayList<>();
    Object submitted = task.getVariable(RETURNED);
    // The step's own rules report the other fields' problems (the guard's pending ones among them), so these
    // rules throw only for problems of their own.
    if (!Boolean.TRUE.equals(submitted == null ? false : Values.bool(submitted, RETURNED, problems))) {
      throwIfAny(problems);
      execution.setVariable(RETURNED, false);
      return;
    }
    String reason = Values.text(task.getVariable(REASON), REASON, 2000, problems);
    throwIfAny(problems);
    Object count = execution.getVariable(COUNT);
    execution.setVariable(RETURNED, true);
    execution.setVariable(REASON, reason);
    execution.setVariable(FROM, task.getName());
    long returns = (count instanceof Number n ? n.longValue() : 0L) + 1;
    execution.setVariable(COUNT, returns);
    // Recorded here, once, rather than as the step's audited variables, which every later completion would repeat.
    trail.record(Context.getCommandContext().getAuthenticatedUserId(), execution.getProcessBusinessKey(),
        (String) execution.getVariable("countyCode"), "退回（第" + returns + "次）：" + task.getName(),
        REASON + "=" + reason);
  }

  private static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      InvalidInputException.throwIfAny("退回", problems);
    }
  }

  /** Whether the step now completing sends the case back; its own decision rules then do not apply. */
  public static boolean requested(DelegateTask task) {
    return Boolean.TRUE.equals(task.getExecution().getVariable(RETURNED));
  }
}
