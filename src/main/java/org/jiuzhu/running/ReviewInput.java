package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 定期核查 rules, checked when the village completes the review, all problems at once, before anything is stored:
 * reasons are always written; a change lists the members whose income changed ({@code incomeChanges}, JSON
 * {@code [{"member": line, "monthlyIncome": yuan, "worksAway": boolean}]}) and must leave a benefit above zero
 * (else the household exits); an exit names its cause.
 */
@Component("runningCaseReviewInput")
class ReviewInput implements TaskListener {

  private final RunningCases cases;
  private final BenefitInForce benefits;

  ReviewInput(RunningCases cases, BenefitInForce benefits) {
    this.cases = cases;
    this.benefits = benefits;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    String result = (String) task.getVariable(REVIEW_RESULT);
    Values.text(task.getVariable(REVIEW_REASONS), REVIEW_REASONS, 2000, problems);
    if (result == null) {
      problems.add(new Problem(REVIEW_RESULT, "必填（维持、变更或退出）"));
    } else if (CHANGE.equals(result)) {
      String businessKey = task.getExecution().getProcessBusinessKey();
      List<CaseMember> changed = changedMembers(cases.members(businessKey), task.getVariable(INCOME_CHANGES), problems);
      if (changed != null && problems.isEmpty()) {
        BigDecimal after = benefits.of(cases.get(businessKey), changed, YearMonth.from(ChinaClock.today()).plusMonths(1));
        if (after.signum() <= 0) {
          problems.add(new Problem(REVIEW_RESULT, "变更后家庭人均收入已不低于当地低保标准，月保障金将为0元：应选择退出"));
        }
      }
    } else if (END.equals(result) && task.getVariable(EXIT_CAUSE) == null) {
      problems.add(new Problem(EXIT_CAUSE, "退出时必填（务工收入增加或其他原因）"));
    }
    InvalidInputException.throwIfAny("定期核查", problems);
  }

  /**
   * The members with the changes applied; null (with problems) when the list is missing or wrong. Lines are the
   * application's, from 1.
   */
  static List<CaseMember> changedMembers(List<CaseMember> members, Object value, List<Problem> problems) {
    JsonNode list = Values.json(value);
    if (list == null || !list.isArray() || list.findValues("member").stream().allMatch(ReviewInput::blank)) {
      problems.add(new Problem(INCOME_CHANGES, "变更时必填：列出收入变化的成员（序号、月收入、是否外出务工）"));
      return null;
    }
    Map<Integer, CaseMember> byLine = new HashMap<>();
    members.forEach(m -> byLine.put(m.line(), m));
    int before = problems.size();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String at = INCOME_CHANGES + "[" + (i + 1) + "]";
      if (blank(item.get("member")) && blank(item.get("monthlyIncome"))) {
        continue; // a form's unused line
      }
      CaseMember m = byLine.get(item.path("member").asInt(0));
      if (m == null) {
        problems.add(new Problem(at + ".member", "须为本案保障成员的序号"));
        continue;
      }
      JsonNode given = item.get("monthlyIncome");
      BigDecimal income = Values.yuan(given == null || given.isNull() ? null : given.asText(), at + ".monthlyIncome",
          problems);
      if (income != null && income.signum() < 0) {
        problems.add(new Problem(at + ".monthlyIncome", "月收入不能为负数"));
      }
      if (income != null && income.signum() >= 0) {
        byLine.put(m.line(), new CaseMember(m.line(), income, item.path("worksAway").asBoolean(false), m.birthDate(),
            m.seriouslyIll(), m.seriouslyDisabled()));
      }
    }
    return problems.size() > before ? null
        : members.stream().map(m -> byLine.get(m.line())).toList();
  }

  private static boolean blank(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank();
  }
}
