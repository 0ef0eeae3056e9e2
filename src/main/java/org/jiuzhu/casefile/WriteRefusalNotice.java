package org.jiuzhu.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/** 书面告知不予救助理由: issues the written notice with the reason the case records, and ends it as refused. */
@Component("writeRefusalNotice")
class WriteRefusalNotice implements JavaDelegate {

  private final RefusalNotices notices;

  WriteRefusalNotice(RefusalNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    notices.save(new RefusalNotice(businessKey, (String) execution.getVariable("applicantName"),
        (String) execution.getVariable("townshipCode"), (String) execution.getVariable("refusalReason"),
        ChinaClock.nowOffset()));
    execution.setVariable("outcome", "REFUSED");
    execution.setVariable("refusalNoticeUrl", RefusalNoticeController.path(businessKey));
  }
}
