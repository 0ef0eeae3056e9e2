package org.jiuzhu.running;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 核对确认 (four eyes on money): the officer says whether the totals are right and why; whoever started the run
 * may not confirm it.
 */
@Component("confirmBatchInput")
class ConfirmBatchInput implements TaskListener {

  static final String CONFIRMED = "batchConfirmed";
  static final String NOTE = "confirmNote";
  static final String APPROVED = "batchApproved";
  static final String CONFIRMED_BY = "batchConfirmedBy";
  static final String BATCH_NOTE = "batchNote";

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Values.bool(task.getVariable(CONFIRMED), CONFIRMED, problems);
    Values.text(task.getVariable(NOTE), NOTE, 500, problems);
    String user = Context.getCommandContext().getAuthenticatedUserId();
    if (user != null && user.equals(task.getVariable(PayoutMonth.STARTED_BY))) {
      problems.add(new Problem(CONFIRMED, "发起本次发放的人不能核对确认本批次，须由另一名工作人员确认"));
    }
    InvalidInputException.throwIfAny("核对确认发放批次", problems);
    // Kept on this township's branch: the other townships' confirmations must not overwrite them.
    task.getExecution().setVariableLocal(APPROVED, Values.bool(task.getVariable(CONFIRMED), CONFIRMED, problems));
    task.getExecution().setVariableLocal(CONFIRMED_BY, user == null ? AuditTrail.SYSTEM : user);
    task.getExecution().setVariableLocal(BATCH_NOTE, task.getVariable(NOTE));
  }
}
