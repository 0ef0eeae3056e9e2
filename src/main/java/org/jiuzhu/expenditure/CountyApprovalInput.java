package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 县级审批 on completion: the county approves the township's proposal (amount and schedule) as it stands or
 * refuses it with reasons; to change the amount it refuses and the township re-applies.
 */
@Component("countyApprovalInput")
class CountyApprovalInput implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Boolean approved = Values.bool(task.getVariable(COUNTY_APPROVED), COUNTY_APPROVED, problems);
    String opinion = Values.text(task.getVariable(COUNTY_OPINION), COUNTY_OPINION, 2000, problems);
    InvalidInputException.throwIfAny("审批意见", problems);
    task.getExecution().setVariable(COUNTY_APPROVED, approved);
    if (!approved) {
      task.getExecution().setVariable(REFUSAL_REASON, "经县级民政部门审批，不予救助：" + opinion);
    }
  }
}
