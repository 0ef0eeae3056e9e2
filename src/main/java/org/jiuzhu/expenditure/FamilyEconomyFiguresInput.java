package org.jiuzhu.expenditure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.household.HardshipFigures;
import org.springframework.stereotype.Component;

/**
 * P3's 家庭经济状况核对 on completion: the township's finding and opinion, and the household's income and assets
 * tested by the low-income rule at once.
 */
@Component("familyEconomyFiguresInput")
class FamilyEconomyFiguresInput implements TaskListener {

  private final HardshipFigures hardship;

  FamilyEconomyFiguresInput(HardshipFigures hardship) {
    this.hardship = hardship;
  }

  @Override
  public void notify(DelegateTask task) {
    hardship.complete(task, FamilyEconomyCheckInput.CHECK);
  }
}
