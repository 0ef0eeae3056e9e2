package org.jiuzhu.fasttrack;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.springframework.stereotype.Component;

/**
 * 确定先行临时救助金额 (001 §12): one month at the county's URBAN 低保 standard in force on the day of approval,
 * whatever the household's residence; the amount is the system's, not a unit's to set.
 */
@Component("setTemporaryAssistance")
class SetTemporaryAssistance implements JavaDelegate {

  private final LocalStandards standards;

  SetTemporaryAssistance(LocalStandards standards) {
    this.standards = standards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String county = (String) execution.getVariable("countyCode");
    LocalStandard inForce = standards.inForce(county, ChinaClock.today())
        .orElseThrow(() -> new IllegalStateException("县（市、区）" + county + " 没有生效的低保标准（local_standard）"));
    execution.setVariable("approvedAmount", inForce.urbanDibao().setScale(2).toPlainString());
  }
}
