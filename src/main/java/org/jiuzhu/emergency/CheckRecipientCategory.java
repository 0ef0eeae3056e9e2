package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.jiuzhu.registry.RegisterType;
import org.springframework.stereotype.Component;

/**
 * 核实救助对象类别 (001 §5: confirmed patients who are already 低保, 特困 or registered poor recipients get assistance
 * directly; 003 §二 adds people lifted out of poverty). A confirmed patient (epidemic) whom any register lists today
 * is granted directly: the township sets the amount and may not refuse. The registers decide, not the declared
 * category, which is kept for the record; every other case, suspected patients included, is the township's to
 * decide. Sets registeredCategories (the registers found, comma-separated) and directGrant.
 */
@Component("checkRecipientCategory")
class CheckRecipientCategory implements JavaDelegate {

  private final ApplicantInRegisters registers;

  CheckRecipientCategory(ApplicantInRegisters registers) {
    this.registers = registers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<RegisterType> found = registers.today((String) execution.getVariable("applicantRef"));
    execution.setVariable("registeredCategories", found.stream().map(Enum::name).collect(Collectors.joining(",")));
    execution.setVariable(DIRECT_GRANT, Boolean.TRUE.equals(execution.getVariable(EPIDEMIC)) && !found.isEmpty());
  }
}
