package org.jiuzhu.dibao;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.actions.StepReturn;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.springframework.stereotype.Component;

/**
 * 乡镇（街道）审核 of 低保、特困 on completion: the township agrees to enrol at the benefit the figures give, or
 * refuses with reasons, or returns the case to the village (退回) to investigate again. The amount is the system's
 * (按差额据实核算), not the township's to set.
 */
@Component("dibaoReviewInput")
class TownshipReviewInput implements TaskListener {

  private static final DecisionWithOpinion REVIEW = new DecisionWithOpinion("townshipApproved", "townshipOpinion",
      "审核意见", "经乡镇（街道）审核，不予纳入：");

  @Override
  public void notify(DelegateTask task) {
    if (StepReturn.requested(task)) {
      return;
    }
    REVIEW.apply(task);
  }
}
