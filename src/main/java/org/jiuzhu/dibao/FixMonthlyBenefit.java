package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核定月保障金: the benefit of the month of enrolment by the running case's rule ({@link EnrolmentRule}), the
 * figure the running case opens with. The proposal of 系统审查 may be of an earlier month (a standard raised on the
 * first, a member turning 70 or 18 meanwhile).
 */
@Component("fixMonthlyBenefit")
class FixMonthlyBenefit implements JavaDelegate {

  private final EnrolmentRule rule;

  FixMonthlyBenefit(EnrolmentRule rule) {
    this.rule = rule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.from(LocalDate.parse((String) execution.getVariable(ENROLLED_FROM)));
    EnrolmentRule.Assessed assessed = rule.assess(execution,
        Boolean.TRUE.equals(execution.getVariable(REGISTERED_POOR_CONFIRMED)), month);
    execution.setVariable(DIBAO_STANDARD, assessed.standard().toPlainString());
    execution.setVariable(MONTHLY_BENEFIT, assessed.result().monthlyBenefit().toPlainString());
  }
}
