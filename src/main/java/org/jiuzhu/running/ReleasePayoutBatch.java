package org.jiuzhu.running;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发放: pays the confirmed batch into the ledger, one line per case and month, once. */
@Component("releasePayoutBatch")
class ReleasePayoutBatch implements JavaDelegate {

  private final Payouts payouts;

  ReleasePayoutBatch(Payouts payouts) {
    this.payouts = payouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.parse((String) execution.getVariable(PayoutMonth.PAYOUT_MONTH));
    int paid = payouts.release(month, (String) execution.getVariable("townshipCode"),
        (String) execution.getVariable(ConfirmBatchInput.CONFIRMED_BY), (String) execution.getVariable(ConfirmBatchInput.BATCH_NOTE));
    execution.setVariable("batchPaid", paid);
  }
}
