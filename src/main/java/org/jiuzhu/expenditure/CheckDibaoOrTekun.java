package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.springframework.stereotype.Component;

/**
 * 核对低保、特困身份 (002 §四(二): no income and property check for them). The 低保 and 特困 registers decide,
 * whatever was declared; someone they do not list gets the township's 家庭经济状况核对. Sets dibaoOrTekunConfirmed.
 */
@Component("checkDibaoOrTekun")
class CheckDibaoOrTekun implements JavaDelegate {

  private final ApplicantInRegisters registers;

  CheckDibaoOrTekun(ApplicantInRegisters registers) {
    this.registers = registers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DIBAO_OR_TEKUN_CONFIRMED,
        registers.assistedToday((String) execution.getVariable("applicantRef")));
  }
}
