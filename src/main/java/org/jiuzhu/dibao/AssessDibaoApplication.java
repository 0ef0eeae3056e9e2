package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.springframework.stereotype.Component;

/**
 * 系统审查: the household's figures against the county's urban or rural 低保 standard by the running case's rule for
 * this month ({@link EnrolmentRule}); a 单人户's share comes from the county's table dibao-single-person-share. Sets
 * registeredPoorConfirmed (the poverty list lists the applicant as poor and unable to work), dibaoStandard, eligible,
 * economicCheckExempt, monthlyBenefit (proposed; fixed at enrolment by {@link FixMonthlyBenefit}),
 * singlePersonCategory and, when not eligible, refusalReason with the figures.
 */
@Component("assessDibaoApplication")
class AssessDibaoApplication implements JavaDelegate {

  private final EnrolmentRule rule;
  private final ApplicantInRegisters registers;

  AssessDibaoApplication(EnrolmentRule rule, ApplicantInRegisters registers) {
    this.rule = rule;
    this.registers = registers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The poverty list, not the declaration, says whether the applicant is a registered poor person unable to work.
    boolean poorUnableToWork = registers.poorUnableToWorkToday((String) execution.getVariable("applicantRef"));
    execution.setVariable(REGISTERED_POOR_CONFIRMED, poorUnableToWork);
    EnrolmentRule.Assessed assessed = rule.assess(execution, poorUnableToWork, YearMonth.from(ChinaClock.today()));
    DibaoEligibility.Result result = assessed.result();
    execution.setVariable(DIBAO_STANDARD, assessed.standard().toPlainString());
    execution.setVariable(ELIGIBLE, result.eligible());
    execution.setVariable(ECONOMIC_CHECK_EXEMPT, result.economicCheckExempt());
    execution.setVariable(MONTHLY_BENEFIT, result.monthlyBenefit().toPlainString());
    if (result.category() != null) {
      execution.setVariable("singlePersonCategory", result.category().name());
    }
    if (!result.eligible()) {
      execution.setVariable(REFUSAL_REASON, "经审查，不符合纳入条件：" + String.join("；", result.reasons()));
    }
  }
}
