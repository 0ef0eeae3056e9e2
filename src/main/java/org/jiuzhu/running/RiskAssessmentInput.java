package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 返贫风险评估: the risk, whether the exit goes ahead, and the opinion behind it, all required. */
@Component("riskAssessmentInput")
class RiskAssessmentInput implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    if (task.getVariable(RELAPSE_RISK) == null) {
      problems.add(new Problem(RELAPSE_RISK, "必填（低或高）"));
    }
    Values.bool(task.getVariable(EXIT_APPROVED), EXIT_APPROVED, problems);
    Values.text(task.getVariable(RISK_OPINION), RISK_OPINION, 2000, problems);
    InvalidInputException.throwIfAny("返贫风险评估", problems);
  }
}
