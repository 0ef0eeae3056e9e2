package org.jiuzhu.unemployed;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.household.HardshipFigures;
import org.jiuzhu.household.HouseholdInput;
import org.jiuzhu.materials.SupplementRequest;
import org.springframework.stereotype.Component;

/**
 * P1's 村（社区）调查核实 on completion: either materials are missing (一次性告知, the finding waits for them) or the
 * village's finding and opinion, and the household's income and assets (生活困难参照低收入家庭条件认定,
 * 002 §二(二)1), tested at once.
 */
@Component("villageHardshipInput")
class VillageHardshipInput implements TaskListener {

  private final HardshipFigures hardship;
  private final SupplementRequest supplement;

  VillageHardshipInput(HardshipFigures hardship, SupplementRequest supplement) {
    this.hardship = hardship;
    this.supplement = supplement;
  }

  @Override
  public void notify(DelegateTask task) {
    if (supplement.requested(task)) {
      // Nothing is tested yet, and the clear member list never stays on the case.
      task.getExecution().removeVariable(HouseholdInput.MEMBERS);
    } else {
      hardship.complete(task, VillageVerificationInput.VERIFICATION);
    }
  }
}
