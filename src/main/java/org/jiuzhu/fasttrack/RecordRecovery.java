package org.jiuzhu.fasttrack;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.payment.Payment;
import org.jiuzhu.payment.PaymentLedger;
import org.springframework.stereotype.Component;

/**
 * 登记追回 (001 §12, 个人承诺不属实的依法依规追究受助人的责任): the amount is what the ledger paid the case, never a
 * figure typed in; the reason is the full formalities' refusal and the liability the township stated.
 */
@Component("recordRecovery")
class RecordRecovery implements JavaDelegate {

  private final Recoveries recoveries;
  private final PaymentLedger ledger;

  RecordRecovery(Recoveries recoveries, PaymentLedger ledger) {
    this.recoveries = recoveries;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    BigDecimal paid = ledger.of(key).stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2);
    String user = Context.getCommandContext().getAuthenticatedUserId();
    recoveries.record(new Recoveries.Recovery(key, (String) execution.getVariable("countyCode"), paid,
        (String) execution.getVariable("refusalReason"), (String) execution.getVariable(RecoveryInput.NOTE),
        user == null ? AuditTrail.SYSTEM : user, ChinaClock.nowOffset()));
    execution.setVariable("recoveryAmount", paid.toPlainString());
    execution.setVariable("outcome", "RECOVERY");
  }
}
