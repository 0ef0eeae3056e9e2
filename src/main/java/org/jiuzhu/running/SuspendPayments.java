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
 * 暂停发放: the monthly payout skips the case (with the reason) until the township resumes it; the old status, the
 * reason and who did it are kept in the case's history. A case already suspended is told so, and nothing changes.
 */
@Component("suspendPayments")
class SuspendPayments implements JavaDelegate {

  private static final String WHAT = "暂停发放";

  private final RunningCases cases;

  SuspendPayments(RunningCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String reason = Values.text(execution.getVariable(SUSPENSION_REASON), SUSPENSION_REASON, 2000, problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    String businessKey = execution.getProcessBusinessKey();
    RunningCase c = cases.get(businessKey);
    if (RunningCase.SUSPENDED.equals(c.status())) {
      throw new InvalidInputException(WHAT, List.of(new Problem("caseNumber", "该案件已暂停发放，不能重复暂停")));
    }
    cases.setStatus(businessKey, RunningCase.SUSPENDED, c.paidThrough(), null);
    cases.record(businessKey, RunningCases.actor(), HistoryEntry.STATUS, c.status(), RunningCase.SUSPENDED,
        "暂停发放：" + reason);
    execution.setVariable(STATUS, RunningCase.SUSPENDED);
  }
}
