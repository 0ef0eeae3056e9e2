package org.jiuzhu.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 生活困难参照低收入家庭条件认定 (002 §二(二)1) where a step of a temporary-assistance case records the household's
 * figures (P1's village verification, P3's family economic check). The figures are optional for the step
 * (householdMembers absent: nothing recorded, the step's own judgement stands), but once given they are read in
 * full, kept with every member's ID number in the vault, and tested against the county's urban 低保 standard in
 * force. Sets {@value #KEPT} (the household with vault references), {@value #TESTED}, {@value #IN_HARDSHIP} and, for
 * the record, householdSize, perCapitaIncome, assetsPerPerson and dibaoStandard.
 */
@Component
public class HardshipFigures {

  public static final String KEPT = "household";
  public static final String TESTED = "lowIncomeTested";
  public static final String IN_HARDSHIP = "inHardship";

  private final PersonalDataVault vault;
  private final LocalStandards standards;
  private final LowIncomeTest test;

  HardshipFigures(PersonalDataVault vault, LocalStandards standards, LowIncomeFactors factors) {
    this.vault = vault;
    this.standards = standards;
    this.test = new LowIncomeTest(factors);
  }

  /**
   * On completion of a step that decides yes or no with an opinion and may record the figures: every problem of
   * both at once (nothing kept), then the figures kept and tested. Figures that fail the test refuse the case in
   * writing whatever the step decided; the gateway after the step reads the decision and {@value #IN_HARDSHIP}.
   */
  public void complete(DelegateTask task, DecisionWithOpinion decision) {
    DelegateExecution execution = task.getExecution();
    List<Problem> problems = new ArrayList<>();
    Optional<Household> household = read(execution, problems);
    boolean yes = decision.apply(task, problems);
    List<String> reasons = keepAndTest(execution, household);
    if (yes && !reasons.isEmpty()) {
      execution.setVariable("refusalReason", refusalReason(reasons));
    }
  }

  /** The figures the step was completed with, if any; the clear member list never stays on the case. */
  private Optional<Household> read(DelegateExecution execution, List<Problem> problems) {
    Map<String, Object> given = execution.getVariables();
    execution.removeVariable(HouseholdInput.MEMBERS);
    if (given.get(HouseholdInput.MEMBERS) == null) {
      if (Arrays.stream(AssetKind.values()).anyMatch(kind -> given.get(kind.variable()) != null)) {
        problems.add(new Problem(HouseholdInput.MEMBERS, "填写了家庭财产的，须同时填写家庭成员及其月收入"));
      }
      return Optional.empty();
    }
    String applicantHash = vault.idNumberHash((String) given.get("applicantRef"));
    return Optional.ofNullable(HouseholdInput.read(given, id -> vault.hashOf(id).equals(applicantHash), problems));
  }

  /**
   * Keeps the household on the case and tests it; a step that recorded none is taken as in hardship (its own
   * judgement decides).
   *
   * @return the test's reasons against hardship, empty when in hardship
   */
  private List<String> keepAndTest(DelegateExecution execution, Optional<Household> household) {
    execution.setVariable(TESTED, household.isPresent());
    if (household.isEmpty()) {
      execution.setVariable(IN_HARDSHIP, true);
      return List.of();
    }
    Household h = household.get();
    String applicantRef = (String) execution.getVariable("applicantRef");
    String applicantHash = vault.idNumberHash(applicantRef);
    execution.setVariable(KEPT, h.toJson(id -> vault.hashOf(id).equals(applicantHash) ? applicantRef : vault.store(id, null)));
    execution.setVariable("householdSize", (long) h.size());
    execution.setVariable("perCapitaIncome", h.perCapitaIncome().toPlainString());
    execution.setVariable("assetsPerPerson", h.assetsPerPerson().toPlainString());
    BigDecimal standard = urbanStandard((String) execution.getVariable("countyCode"));
    execution.setVariable("dibaoStandard", standard.toPlainString());
    LowIncomeTest.Assessment assessment = test.assess(h, standard);
    execution.setVariable(IN_HARDSHIP, assessment.inHardship());
    return assessment.reasons();
  }

  private static String refusalReason(List<String> reasons) {
    return "经核对家庭收入和财产，不符合生活困难条件（参照低收入家庭条件认定）：" + String.join("；", reasons);
  }

  /** The county's urban 低保 standard in force today: temporary assistance is granted where the person works or lives. */
  private BigDecimal urbanStandard(String county) {
    return standards.inForce(county, ChinaClock.today()).map(LocalStandard::urbanDibao)
        .orElseThrow(() -> new IllegalStateException("县（市、区）" + county + " 没有生效的低保标准（local_standard）"));
  }
}
