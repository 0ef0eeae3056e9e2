package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 安排下次核查: yearly, or half-yearly when the village found the income unstable with members able to work (the
 * review's {@code incomeUnstable}, kept on the case).
 */
@Component("scheduleNextReview")
class ScheduleNextReview implements JavaDelegate {

  private final RunningCases cases;
  private final ReviewSchedule schedule;

  ScheduleNextReview(RunningCases cases, ReviewSchedule schedule) {
    this.cases = cases;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    boolean unstable = execution.getVariable(INCOME_UNSTABLE) instanceof Boolean b ? b
        : cases.get(businessKey).unstableIncome();
    cases.setUnstableIncome(businessKey, unstable);
    execution.setVariable(NEXT_REVIEW_DUE, schedule.nextReview(unstable));
  }
}
