package org.jiuzhu.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/**
 * 书面告知不予救助理由: issues the written notice with the reason the case records, in the name of the unit that
 * refused (the county when its approval was refused, else the township), and ends the case as refused.
 */
@Component("writeRefusalNotice")
class WriteRefusalNotice implements JavaDelegate {

  private final RefusalNotices notices;

  WriteRefusalNotice(RefusalNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String township = (String) execution.getVariable("townshipCode");
    String decidedBy = Boolean.FALSE.equals(execution.getVariable("countyApproved"))
        ? (String) execution.getVariable("countyCode") : township;
    notices.save(new RefusalNotice(businessKey, (String) execution.getVariable("applicantName"), township,
        (String) execution.getVariable("refusalReason"), ChinaClock.nowOffset(), decidedBy));
    execution.setVariable("outcome", "REFUSED");
    execution.setVariable("refusalNoticeUrl", RefusalNoticeController.path(businessKey));
  }
}
