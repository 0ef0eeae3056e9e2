package org.jiuzhu.authority;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.actions.StepReturn;
import org.jiuzhu.validation.DecisionWithOpinion;
import org.springframework.stereotype.Component;

/**
 * 县级审批 on completion, for every procedure whose grant exceeds the township's authority: the county approves
 * the township's proposal as it stands or refuses it with reasons; to change it, the county returns the case
 * to the township (退回, where the model allows it), and in P2's 一事一议 cases sets its own amount
 * (emergency.CountyGrantInput).
 */
@Component("countyApprovalInput")
public class CountyApprovalInput implements TaskListener {

  /** The county's yes or no with its reasons, as every procedure's county approval takes it. */
  public static final DecisionWithOpinion APPROVAL = new DecisionWithOpinion("countyApproved", "countyOpinion",
      "县级审批意见", "经县级民政部门审批，不予救助：");

  @Override
  public void notify(DelegateTask task) {
    if (StepReturn.requested(task)) {
      return;
    }
    APPROVAL.apply(task);
  }
}
