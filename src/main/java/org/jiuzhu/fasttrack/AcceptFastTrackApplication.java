package org.jiuzhu.fasttrack;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.calendar.WorkingDays;
import org.jiuzhu.dibao.AcceptDibaoApplication;
import org.springframework.stereotype.Component;

/**
 * 申请受理 of the epidemic fast track, on the applicant's personal commitment: the materials of a regular 低保、特困
 * application, checked and taken the same way (ID numbers into the vault), numbered DBTB-…. 当日申请、当日审批
 * (001 §12): the village, township and county steps are all due by the end of the day of application.
 */
@Component("acceptFastTrackApplication")
class AcceptFastTrackApplication implements ExecutionListener {

  static final String CASE_PREFIX = "DBTB";
  static final String SAME_DAY_DUE = "sameDayDue";

  private final AcceptDibaoApplication regular;
  private final WorkingDays workingDays;

  AcceptFastTrackApplication(AcceptDibaoApplication regular, WorkingDays workingDays) {
    this.regular = regular;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    regular.accept(execution, CASE_PREFIX);
    execution.setVariable(SAME_DAY_DUE, workingDays.endOfToday());
  }
}
