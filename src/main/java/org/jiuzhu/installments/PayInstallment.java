package org.jiuzhu.installments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.payment.PaymentLedger;
import org.springframework.stereotype.Component;

/**
 * 发放第N期: pays the installment of this multi-instance round (loopCounter + 1) to the applicant's own account
 * (applicantRef). Runs as a retried job; the ledger is keyed by (case, installment), so a retry or a second
 * worker pays nothing more.
 */
@Component("payInstallment")
class PayInstallment implements JavaDelegate {

  private final InstallmentSchedule schedule;
  private final PaymentLedger ledger;

  PayInstallment(InstallmentSchedule schedule, PaymentLedger ledger) {
    this.schedule = schedule;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    int number = ((Number) execution.getVariable("loopCounter")).intValue() + 1;
    Installment installment = schedule.installment(businessKey, number);
    ledger.pay(businessKey, number, installment.amount(), (String) execution.getVariable("applicantRef"),
        ChinaClock.now());
    execution.getProcessInstance().setVariable(InstallmentVariables.PAID, (long) ledger.of(businessKey).size());
  }
}
