package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 恢复发放: the case is paid again from the next payout, as before it was suspended: a case in its gradual exit (it
 * has a last paid month) goes back to it, any other to ACTIVE. Months the payout skipped are not paid afterwards.
 */
@Component("resumePayments")
class ResumePayments implements JavaDelegate {

  private final RunningCases cases;

  ResumePayments(RunningCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String reason = Values.text(execution.getVariable(RESUMPTION_REASON), RESUMPTION_REASON, 2000, problems);
    InvalidInputException.throwIfAny("恢复发放", problems);
    String businessKey = execution.getProcessBusinessKey();
    RunningCase c = cases.get(businessKey);
    String resumed = c.paidThrough() != null ? RunningCase.GRADUAL_EXIT : RunningCase.ACTIVE;
    cases.setStatus(businessKey, resumed, c.paidThrough(), null);
    cases.record(businessKey, RunningCases.actor(), HistoryEntry.STATUS, c.status(), resumed,
        "恢复发放：" + reason);
    execution.setVariable(STATUS, resumed);
  }
}
