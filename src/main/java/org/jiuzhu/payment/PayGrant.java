package org.jiuzhu.payment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/**
 * 发放救助金: one payment of the approved amount to the applicant's own account (held in the vault under
 * applicantRef). Runs as an asynchronous, retried job; the ledger key makes a second attempt pay nothing.
 */
@Component("payGrant")
class PayGrant implements JavaDelegate {

  private final PaymentLedger ledger;

  PayGrant(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal amount = new BigDecimal((String) execution.getVariable("approvedAmount"));
    ledger.pay(execution.getProcessBusinessKey(), 1, amount, (String) execution.getVariable("applicantRef"),
        ChinaClock.now());
    execution.setVariable("outcome", "PAID");
  }
}
