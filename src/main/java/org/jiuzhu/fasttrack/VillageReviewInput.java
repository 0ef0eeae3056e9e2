package org.jiuzhu.fasttrack;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 村（社区）审核 of the fast track on completion: how the village checked (by phone, WeChat or video in the
 * epidemic, 001 §12 and 002 §五(二), or a visit), and whether the commitment's account is true, and why.
 */
@Component("fastTrackVillageReviewInput")
class VillageReviewInput implements TaskListener {

  static final String METHOD = "verificationMethod";
  private static final DecisionWithOpinion REVIEW = new DecisionWithOpinion("villageVerified", "villageOpinion",
      "村（社区）审核意见", "经村（社区）审核，情况不属实：");

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    if (task.getVariable(METHOD) == null) {
      problems.add(new Problem(METHOD, "必填（电话、微信、视频或入户）"));
    }
    REVIEW.apply(task, problems);
  }
}
