package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.household.Household;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Registers;
import org.springframework.stereotype.Component;

/**
 * 退出: the case ends today and is paid no more; the people it covered leave the province's register with today
 * as their last day, and the change is kept with the review's reasons and the risk assessment's opinion.
 */
@Component("endRunningCase")
class EndRunningCase implements JavaDelegate {

  private final RunningCases cases;
  private final Registers registers;
  private final PersonalDataVault vault;

  EndRunningCase(RunningCases cases, Registers registers, PersonalDataVault vault) {
    this.cases = cases;
    this.registers = registers;
    this.vault = vault;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    RunningCase c = cases.get(businessKey);
    LocalDate today = ChinaClock.today();
    Household household = Household.fromKept((String) execution.getVariable("household"));
    for (CaseMember m : cases.members(businessKey)) {
      registers.exit(vault.idNumberHash(household.members().get(m.line() - 1).idNumber()),
          c.countyCode().substring(0, 2), today);
    }
    cases.setStatus(businessKey, RunningCase.ENDED, c.paidThrough(), today);
    cases.record(businessKey, RunningCases.actor(), HistoryEntry.STATUS, c.status(), RunningCase.ENDED,
        "退出：" + execution.getVariable(REVIEW_REASONS) + (execution.getVariable(RISK_OPINION) == null ? ""
            : "（返贫风险评估：" + execution.getVariable(RISK_OPINION) + "）"));
    execution.setVariable(STATUS, RunningCase.ENDED);
    execution.setVariable("outcome", RunningCase.ENDED);
  }
}
