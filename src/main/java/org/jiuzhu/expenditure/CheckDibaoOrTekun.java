package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.springframework.stereotype.Component;

/**
 * 核对低保、特困身份 (002 §四(二): no income and property check for them). A declaration is confirmed by the 低保
 * or 特困 register; one the registers do not confirm gets the township's 家庭经济状况核对. Sets
 * dibaoOrTekunConfirmed.
 */
@Component("checkDibaoOrTekun")
class CheckDibaoOrTekun implements JavaDelegate {

  private final ApplicantInRegisters registers;

  CheckDibaoOrTekun(ApplicantInRegisters registers) {
    this.registers = registers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean confirmed = Boolean.TRUE.equals(execution.getVariable(DIBAO_OR_TEKUN))
        && registers.assistedToday((String) execution.getVariable("applicantRef"));
    execution.setVariable(DIBAO_OR_TEKUN_CONFIRMED, confirmed);
  }
}
