package org.jiuzhu.dibao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 入户调查 on completion: how the village investigated (visit, or phone or video, 002 §五(二) and 001 §12), who
 * did it and on which day (not in the future), then whether the application is true, and why.
 */
@Component("investigationInput")
class InvestigationInput implements TaskListener {

  static final String METHOD = "investigationMethod";
  static final String INVESTIGATORS = "investigators";
  static final String DATE = "investigationDate";
  private static final DecisionWithOpinion VERIFIED = new DecisionWithOpinion("villageVerified", "villageOpinion",
      "入户调查意见", "经村（社区）入户调查，情况不属实：");

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    if (task.getVariable(METHOD) == null) {
      problems.add(new Problem(METHOD, "必填（入户、电话或视频）"));
    }
    Values.text(task.getVariable(INVESTIGATORS), INVESTIGATORS, 200, problems);
    LocalDate day = Values.date(task.getVariable(DATE), DATE, problems);
    if (day != null && day.isAfter(ChinaClock.today())) {
      problems.add(new Problem(DATE, "调查日期不能晚于今天"));
    }
    VERIFIED.apply(task, problems);
  }
}
