package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInRegisters;
import org.springframework.stereotype.Component;

/**
 * 核实救助对象类别 (001 §5: confirmed patients already in 低保, 特困 or registered poor get assistance directly).
 * A declared 低保 or 特困 recipient found in that register today is granted directly: the township sets the amount
 * and may not refuse. 建档立卡 has no register in the system yet, so that declaration is kept for the record and
 * the case takes the ordinary (equally fast) path.
 */
@Component("checkRecipientCategory")
class CheckRecipientCategory implements JavaDelegate {

  private final ApplicantInRegisters registers;

  CheckRecipientCategory(ApplicantInRegisters registers) {
    this.registers = registers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object declared = execution.getVariable(RECIPIENT_CATEGORY);
    boolean direct = registers.today((String) execution.getVariable("applicantRef")).stream()
        .anyMatch(type -> type.name().equals(declared));
    execution.setVariable(DIRECT_GRANT, direct);
  }
}
