package org.jiuzhu.materials;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The 补正 time limit passed: the refusal names what the one-time notice asked for and never came. */
@Component("refuseUnsupplemented")
class RefuseUnsupplemented implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("refusalReason", "申请人未在一次性告知书规定的期限内补正申请材料，缺少："
        + SupplementRequest.labels(SupplementRequest.missing((String) execution.getVariable(SupplementRequest.MISSING)))
        + "。可在材料齐全后重新申请。");
  }
}
