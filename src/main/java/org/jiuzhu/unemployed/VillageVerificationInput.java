package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.materials.SupplementRequest;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.springframework.stereotype.Component;

/**
 * 村（社区）调查核实 on completion: either materials are missing (一次性告知, the finding waits for them) or the village
 * must say whether the hardship is true, and why.
 */
@Component("villageVerificationInput")
class VillageVerificationInput implements TaskListener {

  static final DecisionWithOpinion VERIFICATION = new DecisionWithOpinion(VILLAGE_VERIFIED, VILLAGE_OPINION,
      "调查核实意见", "经村（社区）调查核实，情况不属实：");

  private final SupplementRequest supplement;

  VillageVerificationInput(SupplementRequest supplement) {
    this.supplement = supplement;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!supplement.requested(task)) {
      VERIFICATION.apply(task);
    }
  }
}
