package org.jiuzhu.installments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.payment.PaymentLedger;
import org.springframework.stereotype.Component;

/** 发放完毕: every installment of the schedule is paid; the case ends PAID. */
@Component("recordInstallmentsPaid")
class RecordInstallmentsPaid implements JavaDelegate {

  private final PaymentLedger ledger;

  RecordInstallmentsPaid(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(InstallmentVariables.PAID, (long) ledger.of(execution.getProcessBusinessKey()).size());
    execution.setVariable("outcome", "PAID");
  }
}
