package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.actions.StepReturn;
import org.jiuzhu.authority.CountyApprovalInput;
import org.jiuzhu.validation.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 县级民政部门审批 of P2 on completion: the county's yes or no with reasons as in every procedure and, in a
 * 一事一议 case, the county's own larger amount ({@link CountyAmountDecision}), which then is the amount paid. All
 * problems are answered together and the step stays open. A return (退回) to the township decides nothing here.
 */
@Component("emergencyCountyApprovalInput")
class CountyGrantInput implements TaskListener {

  private final CountyAmountDecision rules;

  CountyGrantInput(@Value("${jiuzhu.p2.max-amount:20000.00}") BigDecimal maxAmount) {
    this.rules = new CountyAmountDecision(maxAmount);
  }

  @Override
  public void notify(DelegateTask task) {
    if (StepReturn.requested(task)) {
      return;
    }
    DelegateExecution execution = task.getExecution();
    List<Problem> problems = new ArrayList<>();
    CountyAmountDecision.CountyAmount own = rules.check(task.getVariables(),
        Boolean.TRUE.equals(execution.getVariable(CASE_BY_CASE)),
        new BigDecimal((String) execution.getVariable(APPROVED_AMOUNT)), problems);
    boolean approved = CountyApprovalInput.APPROVAL.apply(task, problems);
    if (approved && own != null) {
      execution.setVariable(COUNTY_AMOUNT, own.amount().toPlainString());
      execution.setVariable(COUNTY_AMOUNT_REASON, own.reason());
      execution.setVariable(APPROVED_AMOUNT, own.amount().toPlainString());
    } else {
      // What a form sent in these fields is not the county's amount: the township's stands.
      execution.removeVariable(COUNTY_AMOUNT);
      execution.removeVariable(COUNTY_AMOUNT_REASON);
    }
  }
}
