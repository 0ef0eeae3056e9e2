package org.jiuzhu.unemployed;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * As 乡镇（街道）复核 opens: the limits that will be checked, for the form to show before an amount is typed. Kept
 * as the step's own variable amountLimits, so the case holds no copy that a revised table would make stale.
 */
@Component("showAmountLimits")
class ShowAmountLimits implements TaskListener {

  static final String VARIABLE = "amountLimits";

  private final AmountCeilings ceilings;
  private final BigDecimal legalMaximum;

  ShowAmountLimits(AmountCeilings ceilings, @Value("${jiuzhu.p1.max-amount}") BigDecimal legalMaximum) {
    this.ceilings = ceilings;
    this.legalMaximum = legalMaximum;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(VARIABLE, AmountCeilings.note(ceilings.tiers((String) task.getVariable("countyCode")),
        legalMaximum));
  }
}
