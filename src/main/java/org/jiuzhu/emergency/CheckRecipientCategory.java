package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInDibao;
import org.springframework.stereotype.Component;

/**
 * 核实救助对象类别 (001 §5: confirmed patients already in 低保, 特困 or registered poor get assistance directly).
 * A declared 低保 recipient found enrolled in the 低保 register today is granted directly: the township sets the
 * amount and may not refuse. 特困 and 建档立卡 have no register in the system yet, so those declarations are kept
 * for the record and the case takes the ordinary (equally fast) path.
 */
@Component("checkRecipientCategory")
class CheckRecipientCategory implements JavaDelegate {

  private final ApplicantInDibao inDibao;

  CheckRecipientCategory(ApplicantInDibao inDibao) {
    this.inDibao = inDibao;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean direct = "DIBAO".equals(execution.getVariable(RECIPIENT_CATEGORY))
        && inDibao.today((String) execution.getVariable("applicantRef"));
    execution.setVariable(DIRECT_GRANT, direct);
  }
}
