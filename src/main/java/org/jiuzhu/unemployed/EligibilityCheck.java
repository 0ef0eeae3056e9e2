package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.OncePerProvinceRegistry;
import org.springframework.stereotype.Component;

/**
 * 系统核查认定条件: gathers the facts the registries know and lets the eligibility table decide, so the
 * thresholds stay in the DMN where an admin can revise them. All failed conditions are given together.
 */
@Component("eligibilityCheck")
class EligibilityCheck implements JavaDelegate {

  static final String DECISION = "unemployed-assistance-eligibility";

  private final DecisionService decisions;
  private final PersonalDataVault vault;
  private final ApplicantInRegisters registers;
  private final OncePerProvinceRegistry oncePerProvince;

  EligibilityCheck(DecisionService decisions, PersonalDataVault vault, ApplicantInRegisters registers,
      OncePerProvinceRegistry oncePerProvince) {
    this.decisions = decisions;
    this.vault = vault;
    this.registers = registers;
    this.oncePerProvince = oncePerProvince;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicantRef = (String) execution.getVariable("applicantRef");
    String idHash = vault.idNumberHash(applicantRef);
    List<String> reasons = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue(MONTHS_WITHOUT_INCOME, execution.getVariable(MONTHS_WITHOUT_INCOME))
            .putValue(COVERED_BY_INSURANCE, execution.getVariable(COVERED_BY_INSURANCE))
            .putValue("enrolledInDibao", registers.inToday(applicantRef, RegisterType.DIBAO))
            .putValue("alreadyAssistedInProvince", oncePerProvince.earlierCase(idHash).isPresent()))
        .evaluate()
        .collectEntries("reason");
    List<String> given = reasons.stream().filter(Objects::nonNull).toList();
    execution.setVariable("eligible", given.isEmpty());
    if (!given.isEmpty()) {
      execution.setVariable("refusalReason", "不符合认定条件：" + String.join("；", given));
    }
  }
}
