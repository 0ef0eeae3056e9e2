package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** 乡镇（街道）确定救助金额 on completion: applies {@link TownshipGrantDecision}; bad input keeps the step open. */
@Component("emergencyTownshipGrantInput")
class TownshipGrantInput implements TaskListener {

  private final TownshipGrantDecision rules;

  TownshipGrantInput(@Value("${jiuzhu.p2.max-amount:20000.00}") BigDecimal maxAmount) {
    this.rules = new TownshipGrantDecision(maxAmount);
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    TownshipGrantDecision.Decision decision = rules.decide(task.getVariables(),
        Boolean.TRUE.equals(execution.getVariable(DIRECT_GRANT)));
    execution.setVariable(TOWNSHIP_APPROVED, decision.approved());
    if (decision.approved()) {
      execution.setVariable(APPROVED_AMOUNT, decision.amount().toPlainString());
      execution.setVariable(CASE_BY_CASE, decision.caseByCase());
    } else {
      execution.removeVariable(APPROVED_AMOUNT);
      execution.setVariable(REFUSAL_REASON, decision.refusalReason());
    }
  }
}
