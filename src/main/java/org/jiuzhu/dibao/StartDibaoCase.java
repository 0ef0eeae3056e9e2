package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseNumbers;
import org.springframework.stereotype.Component;

/**
 * 开启在保案件: starts the household's running case (dibao-case, numbered DBAJ-…) with the household, the benefit
 * and the application's case number, and records its number on the application. The running case is the
 * system's, whoever's step led here, so it is started without the user's authorizations.
 */
@Component("startDibaoCase")
class StartDibaoCase implements JavaDelegate {

  /** What the running case carries over: its units (per-case access), the applicant and the household. */
  static final List<String> CARRIED = List.of(ASSISTANCE_TYPE, RESIDENCE, SINGLE_PERSON, "singlePersonCategory",
      MONTHLY_BENEFIT, DIBAO_STANDARD,
      ENROLLED_FROM, HOUSEHOLD, HOUSEHOLD_SIZE, "applicantName", "applicantRef", "applicantIdNumberMasked",
      "bankAccountMasked", "townshipCode", "townshipName", "villageCode", "villageName", "countyCode", "countyName");

  private final CaseNumbers caseNumbers;

  StartDibaoCase(CaseNumbers caseNumbers) {
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = caseNumbers.next(RUNNING_CASE_PREFIX, ChinaClock.today().getYear());
    VariableMap variables = Variables.createVariables()
        .putValue(APPLICATION_CASE_NUMBER, execution.getProcessBusinessKey())
        .putValue("caseNumber", number);
    CARRIED.forEach(name -> variables.putValue(name, execution.getVariable(name)));
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(RUNNING_CASE_KEY, number, variables));
    execution.setVariable(RUNNING_CASE_NUMBER, number);
  }
}
