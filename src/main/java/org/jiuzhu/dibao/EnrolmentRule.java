package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jiuzhu.dibao.DibaoEligibility.SinglePersonCategory;
import org.jiuzhu.dibao.DibaoMaterials.AssistanceType;
import org.jiuzhu.household.DibaoBenefit;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.LowIncomeFactors;
import org.jiuzhu.household.LowIncomeTest;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.running.BenefitInForce;
import org.jiuzhu.standards.CountyShares;
import org.springframework.stereotype.Component;

/**
 * A case's application against {@link DibaoEligibility} for a month, with the running case's benefit rule of that
 * month ({@link BenefitInForce}): the county's urban or rural standard, minimum wage and extra shares in force on
 * its first day. Birth dates (ages decide the extra shares) are read once per assessment from the members' ID
 * numbers in the vault.
 */
@Component
class EnrolmentRule {

  static final String SHARE_DECISION = "dibao-single-person-share";

  record Assessed(BigDecimal standard, DibaoEligibility.Result result) {
  }

  private final DecisionService decisions;
  private final BenefitInForce benefits;
  private final PersonalDataVault vault;
  private final DibaoEligibility eligibility;

  EnrolmentRule(DecisionService decisions, BenefitInForce benefits, PersonalDataVault vault, LowIncomeFactors factors) {
    this.decisions = decisions;
    this.benefits = benefits;
    this.vault = vault;
    this.eligibility = new DibaoEligibility(new LowIncomeTest(factors));
  }

  /** @param poorUnableToWork the poverty list lists the applicant as poor and unable to work */
  Assessed assess(DelegateExecution execution, boolean poorUnableToWork, YearMonth month) {
    String county = (String) execution.getVariable("countyCode");
    String residence = (String) execution.getVariable(RESIDENCE);
    Household household = Household.fromKept((String) execution.getVariable(HOUSEHOLD));
    List<DibaoBenefit.Person> people = household.members().stream()
        .map(m -> DibaoBenefit.Person.of(m, ResidentIdNumber.birthDate(vault.revealIdNumber(m.idNumber()))))
        .toList();
    BenefitInForce.Month rates = benefits.month(month);
    BigDecimal standard = DibaoBenefit.yuan(rates.standardFen(county, residence));
    DibaoEligibility.Result result = eligibility.assess(new DibaoEligibility.Application(
            AssistanceType.valueOf((String) execution.getVariable(ASSISTANCE_TYPE)),
            Boolean.TRUE.equals(execution.getVariable(SINGLE_PERSON)),
            poorUnableToWork,
            Boolean.TRUE.equals(execution.getVariable("applicantMinor")),
            Boolean.TRUE.equals(execution.getVariable(ORPHAN_GUARANTEE)),
            household),
        standard,
        counted -> rates.of(county, residence, counted.stream().map(m -> people.get(household.members().indexOf(m))).toList()),
        category -> share(county, category));
    return new Assessed(standard, result);
  }

  private BigDecimal share(String county, SinglePersonCategory category) {
    return CountyShares.of(decisions, SHARE_DECISION, county, category.name());
  }
}
