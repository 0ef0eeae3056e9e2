package org.jiuzhu.running;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.pages.Pages;
import org.springframework.stereotype.Component;

/**
 * Shows the county officer the township's batch as the step opens: month, which batch of the month, cases, amount,
 * cases skipped (task
 * variables set by the system, never accepted from a form).
 */
@Component("showPayoutBatch")
class ShowPayoutBatch implements TaskListener {

  private final Payouts payouts;

  ShowPayoutBatch(Payouts payouts) {
    this.payouts = payouts;
  }

  @Override
  public void notify(DelegateTask task) {
    YearMonth month = YearMonth.parse((String) task.getVariable(PayoutMonth.PAYOUT_MONTH));
    String township = (String) task.getVariable("townshipCode");
    Payouts.Batch batch = payouts.batch(month, township)
        .orElseThrow(() -> new IllegalStateException("no payout batch " + month + " " + township));
    task.setVariableLocal("batchCases", String.valueOf(batch.cases()));
    task.setVariableLocal("batchAmount", Pages.yuan(batch.amount()));
    task.setVariableLocal("batchSkipped", String.valueOf(batch.skipped()));
    task.setVariableLocal("batchNo", batch.batchNo() == 1 ? "1" : batch.batchNo() + "（补发批次：本月批次发放后纳入的案件）");
  }
}
