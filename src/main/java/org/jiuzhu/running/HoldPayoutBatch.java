package org.jiuzhu.running;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 暂缓发放: the county did not confirm the totals; nothing is paid, and a new run of the month prepares it again. */
@Component("holdPayoutBatch")
class HoldPayoutBatch implements JavaDelegate {

  private final Payouts payouts;

  HoldPayoutBatch(Payouts payouts) {
    this.payouts = payouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payouts.hold(YearMonth.parse((String) execution.getVariable(PayoutMonth.PAYOUT_MONTH)),
        (String) execution.getVariable("townshipCode"), (String) execution.getVariable(ConfirmBatchInput.CONFIRMED_BY),
        (String) execution.getVariable(ConfirmBatchInput.BATCH_NOTE));
  }
}
