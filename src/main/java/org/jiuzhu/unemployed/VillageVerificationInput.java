package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.springframework.stereotype.Component;

/** 村（社区）调查核实 on completion: the village must say whether the hardship is true, and why. */
@Component("villageVerificationInput")
class VillageVerificationInput implements TaskListener {

  static final DecisionWithOpinion VERIFICATION = new DecisionWithOpinion(VILLAGE_VERIFIED, VILLAGE_OPINION,
      "调查核实意见", "经村（社区）调查核实，情况不属实：");

  @Override
  public void notify(DelegateTask task) {
    VERIFICATION.apply(task);
  }
}
