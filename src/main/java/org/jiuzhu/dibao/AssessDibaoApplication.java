package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.dibao.DibaoEligibility.SinglePersonCategory;
import org.jiuzhu.dibao.DibaoMaterials.AssistanceType;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.LowIncomeFactors;
import org.jiuzhu.household.LowIncomeTest;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.jiuzhu.standards.CountyShares;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.springframework.stereotype.Component;

/**
 * 系统审查: the household's figures against the county's urban or rural 低保 standard in force today
 * ({@link DibaoEligibility}); a 单人户's share comes from the county's table dibao-single-person-share. Sets
 * registeredPoorConfirmed (the poverty list lists the applicant as poor and unable to work), dibaoStandard, eligible,
 * economicCheckExempt, monthlyBenefit (proposed), singlePersonCategory and, when not
 * eligible, refusalReason with the figures.
 */
@Component("assessDibaoApplication")
class AssessDibaoApplication implements JavaDelegate {

  static final String SHARE_DECISION = "dibao-single-person-share";

  private final DecisionService decisions;
  private final LocalStandards standards;
  private final DibaoEligibility eligibility;
  private final ApplicantInRegisters registers;

  AssessDibaoApplication(DecisionService decisions, LocalStandards standards, LowIncomeFactors factors,
      ApplicantInRegisters registers) {
    this.decisions = decisions;
    this.registers = registers;
    this.standards = standards;
    this.eligibility = new DibaoEligibility(new LowIncomeTest(factors));
  }

  @Override
  public void execute(DelegateExecution execution) {
    String county = (String) execution.getVariable("countyCode");
    LocalStandard inForce = standards.inForce(county, ChinaClock.today())
        .orElseThrow(() -> new IllegalStateException("县（市、区）" + county + " 没有生效的低保标准（local_standard）"));
    // The poverty list, not the declaration, says whether the applicant is a registered poor person unable to work.
    boolean poorUnableToWork = registers.poorUnableToWorkToday((String) execution.getVariable("applicantRef"));
    execution.setVariable(REGISTERED_POOR_CONFIRMED, poorUnableToWork);
    BigDecimal standard = "RURAL".equals(execution.getVariable(RESIDENCE)) ? inForce.ruralDibao() : inForce.urbanDibao();
    DibaoEligibility.Result result = eligibility.assess(new DibaoEligibility.Application(
            AssistanceType.valueOf((String) execution.getVariable(ASSISTANCE_TYPE)),
            Boolean.TRUE.equals(execution.getVariable(SINGLE_PERSON)),
            poorUnableToWork,
            Boolean.TRUE.equals(execution.getVariable("applicantMinor")),
            Boolean.TRUE.equals(execution.getVariable(ORPHAN_GUARANTEE)),
            Household.fromKept((String) execution.getVariable(HOUSEHOLD))),
        standard, category -> share(county, category));
    execution.setVariable(DIBAO_STANDARD, standard.toPlainString());
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

  private BigDecimal share(String county, SinglePersonCategory category) {
    return CountyShares.of(decisions, SHARE_DECISION, county, category.name());
  }
}
