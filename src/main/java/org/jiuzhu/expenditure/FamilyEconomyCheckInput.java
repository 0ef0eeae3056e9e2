package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 家庭经济状况核对 on completion: the township says whether income and property qualify, and why. */
@Component("familyEconomyCheckInput")
class FamilyEconomyCheckInput implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Boolean passed = Values.bool(task.getVariable(ECONOMY_PASSED), ECONOMY_PASSED, problems);
    String opinion = Values.text(task.getVariable(ECONOMY_OPINION), ECONOMY_OPINION, 2000, problems);
    InvalidInputException.throwIfAny("家庭经济状况核对意见", problems);
    task.getExecution().setVariable(ECONOMY_PASSED, passed);
    if (!passed) {
      task.getExecution().setVariable(REFUSAL_REASON, "经家庭经济状况核对，不符合救助条件：" + opinion);
    }
  }
}
