package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 登记退出理由: a change of circumstances the township registered (death, moving away, no longer eligible) becomes
 * the reasons the exit goes on with, as a review's would; an earlier risk assessment's opinion no longer applies.
 */
@Component("recordCircumstancesChange")
class RecordCircumstancesChange implements JavaDelegate {

  private static final Map<String, String> LABELS = Map.of(DECEASED, "救助对象死亡", MOVED_AWAY, "迁出本县",
      NO_LONGER_ELIGIBLE, "不再符合条件");

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String change = Values.text(execution.getVariable(CIRCUMSTANCES_CHANGE), CIRCUMSTANCES_CHANGE, 30, problems);
    String reason = Values.text(execution.getVariable(CIRCUMSTANCES_REASON), CIRCUMSTANCES_REASON, 2000, problems);
    InvalidInputException.throwIfAny("登记在保对象情况变化", problems);
    execution.setVariable(REVIEW_REASONS, "情况变化（" + LABELS.get(change) + "）：" + reason);
    execution.setVariable(EXIT_CAUSE, "OTHER");
    execution.removeVariables(List.of(RELAPSE_RISK, EXIT_APPROVED, RISK_OPINION));
  }
}
