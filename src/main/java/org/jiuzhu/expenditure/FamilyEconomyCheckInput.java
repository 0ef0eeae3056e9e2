package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.springframework.stereotype.Component;

/** 家庭经济状况核对 on completion: the township says whether income and property qualify, and why. */
@Component("familyEconomyCheckInput")
class FamilyEconomyCheckInput implements TaskListener {

  static final DecisionWithOpinion CHECK = new DecisionWithOpinion(ECONOMY_PASSED, ECONOMY_OPINION,
      "家庭经济状况核对意见", "经家庭经济状况核对，不符合救助条件：");

  @Override
  public void notify(DelegateTask task) {
    CHECK.apply(task);
  }
}
