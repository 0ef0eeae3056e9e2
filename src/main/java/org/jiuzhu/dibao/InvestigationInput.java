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
 * did it and on which day (not in the future), then whether the application is true, and why. For 特困 the village
 * also finds each of the person's conditions (社会救助暂行办法 §14: no capacity to work, no source of income, no one
 * legally obliged to support them or the obliged unable to); tekunCriteriaMet is false, with the unmet ones as the
 * written refusal reason, when any is not met. A 低保 investigation carries none of them.
 */
@Component("investigationInput")
class InvestigationInput implements TaskListener {

  static final String METHOD = "investigationMethod";
  static final String INVESTIGATORS = "investigators";
  static final String DATE = "investigationDate";
  static final String CRITERIA_MET = "tekunCriteriaMet";

  /** A 特困人员条件 as the village finds it, and what the refusal says when it is not met. */
  private record Criterion(String field, String unmet) {
  }

  private static final List<Criterion> TEKUN_CRITERIA = List.of(
      new Criterion("tekunNoWorkCapacity", "申请人有劳动能力"),
      new Criterion("tekunNoIncomeSource", "申请人有生活来源"),
      new Criterion("tekunNoSupporter", "申请人有具备履行能力的法定赡养、抚养、扶养义务人"));

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
    boolean tekun = "TEKUN".equals(task.getVariable(DibaoVariables.ASSISTANCE_TYPE));
    List<String> unmet = new ArrayList<>();
    for (Criterion c : TEKUN_CRITERIA) {
      if (!tekun) {
        if (task.getVariable(c.field()) != null) {
          problems.add(new Problem(c.field(), "只在特困申请中填写"));
        }
      } else if (Boolean.FALSE.equals(Values.bool(task.getVariable(c.field()), c.field(), problems))) {
        unmet.add(c.unmet());
      }
    }
    boolean verified = VERIFIED.apply(task, problems);
    task.getExecution().setVariable(CRITERIA_MET, unmet.isEmpty());
    if (verified && !unmet.isEmpty()) {
      task.getExecution().setVariable("refusalReason", "经村（社区）入户调查，不符合特困人员条件：" + String.join("；", unmet));
    }
  }
}
