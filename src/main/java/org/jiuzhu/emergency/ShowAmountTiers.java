package org.jiuzhu.emergency;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.standards.UrgencyTiers;
import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.springframework.stereotype.Component;

/**
 * As 乡镇（街道）确定救助金额 opens: the county's tiers by urgency, for the form to show before an amount is typed.
 * Kept as the step's own variable amountLimits (as in P1), so the case holds no copy a revised table would make
 * stale; the amount is checked against the table again on completion.
 */
@Component("showEmergencyAmountTiers")
class ShowAmountTiers implements TaskListener {

  static final String VARIABLE = "amountLimits";

  private final UrgencyTiers tiers;

  ShowAmountTiers(UrgencyTiers tiers) {
    this.tiers = tiers;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(VARIABLE,
        note(tiers.tiers(TownshipGrantInput.AMOUNT_TIERS, (String) task.getVariable("countyCode"))));
  }

  static String note(Map<String, Tier> tiers) {
    if (tiers.isEmpty()) {
      return "本县尚未设定按急难程度分档的救助标准，请联系县级民政部门。";
    }
    return "本县按急难程度分档的救助标准：" + UrgencyTiers.describe(tiers)
        + "。请先选择急难程度，金额须在该档标准之内；超过乡镇（街道）审核确认权限的报县级审批，一事一议的由县级核定金额。";
  }
}
