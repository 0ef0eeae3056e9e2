package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 变更保障金: applies the review's income changes to the members (already checked when the review was completed)
 * and records the benefit from next month, old and new, with the review's reasons.
 */
@Component("changeBenefit")
class ChangeBenefit implements JavaDelegate {

  private final RunningCases cases;
  private final BenefitInForce benefits;

  ChangeBenefit(RunningCases cases, BenefitInForce benefits) {
    this.cases = cases;
    this.benefits = benefits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    RunningCase c = cases.get(businessKey);
    List<CaseMember> before = cases.members(businessKey);
    List<Problem> problems = new ArrayList<>();
    List<CaseMember> after = ReviewInput.changedMembers(before, execution.getVariable(INCOME_CHANGES), problems);
    if (after == null) {
      throw new IllegalStateException("the review's income changes were checked on completion: " + problems);
    }
    YearMonth next = YearMonth.from(ChinaClock.today()).plusMonths(1);
    BigDecimal old = benefits.of(c, before, next);
    after.forEach(m -> cases.updateMember(businessKey, m));
    BigDecimal changed = benefits.of(c, after, next);
    cases.record(businessKey, RunningCases.actor(), HistoryEntry.BENEFIT, old.toPlainString(), changed.toPlainString(),
        (String) execution.getVariable(REVIEW_REASONS));
    execution.setVariable(MONTHLY_BENEFIT, changed.toPlainString());
  }
}
