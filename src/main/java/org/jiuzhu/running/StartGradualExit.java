package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 进入渐退期: a household whose income rose through work is still paid this month and the policy's months more
 * (jiuzhu.running-case.gradual-exit-months), then the case ends.
 */
@Component("startGradualExit")
class StartGradualExit implements JavaDelegate {

  private final RunningCases cases;
  private final ReviewSchedule schedule;

  StartGradualExit(RunningCases cases, ReviewSchedule schedule) {
    this.cases = cases;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    YearMonth lastPaid = schedule.gradualExitPaidThrough();
    RunningCase c = cases.get(businessKey);
    // A suspended case stays suspended: resuming it then brings it back to its gradual exit.
    String status = RunningCase.SUSPENDED.equals(c.status()) ? RunningCase.SUSPENDED : RunningCase.GRADUAL_EXIT;
    cases.setStatus(businessKey, status, lastPaid.atEndOfMonth(), null);
    cases.record(businessKey, RunningCases.actor(), HistoryEntry.STATUS, c.status(), status,
        "务工收入增加，渐退期发放至" + lastPaid + "：" + execution.getVariable(REVIEW_REASONS));
    execution.setVariable(STATUS, status);
    execution.setVariable(GRADUAL_EXIT_ENDS, ReviewSchedule.after(lastPaid));
  }
}
