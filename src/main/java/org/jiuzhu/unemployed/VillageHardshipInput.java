package org.jiuzhu.unemployed;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.household.HardshipFigures;
import org.springframework.stereotype.Component;

/**
 * P1's 村（社区）调查核实 on completion: the village's finding and opinion, and the household's income and assets
 * (生活困难参照低收入家庭条件认定, 002 §二(二)1), tested at once.
 */
@Component("villageHardshipInput")
class VillageHardshipInput implements TaskListener {

  private final HardshipFigures hardship;

  VillageHardshipInput(HardshipFigures hardship) {
    this.hardship = hardship;
  }

  @Override
  public void notify(DelegateTask task) {
    hardship.complete(task, VillageVerificationInput.VERIFICATION);
  }
}
