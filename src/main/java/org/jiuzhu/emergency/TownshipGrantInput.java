package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.standards.UrgencyTiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 乡镇（街道）确定救助金额 on completion: applies {@link TownshipGrantDecision} with the county's tiers
 * (p2-amount-tiers.dmn); bad input keeps the step open.
 */
@Component("emergencyTownshipGrantInput")
class TownshipGrantInput implements TaskListener {

  static final String AMOUNT_TIERS = "emergency-assistance-amount-tiers";

  private final TownshipGrantDecision rules;
  private final UrgencyTiers tiers;

  TownshipGrantInput(@Value("${jiuzhu.p2.max-amount:20000.00}") BigDecimal maxAmount, UrgencyTiers tiers) {
    this.rules = new TownshipGrantDecision(maxAmount);
    this.tiers = tiers;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String county = (String) execution.getVariable("countyCode");
    TownshipGrantDecision.Decision decision = rules.decide(task.getVariables(),
        Boolean.TRUE.equals(execution.getVariable(DIRECT_GRANT)), urgency -> tiers.tier(AMOUNT_TIERS, county, urgency));
    execution.setVariable(TOWNSHIP_APPROVED, decision.approved());
    if (decision.approved()) {
      execution.setVariable(APPROVED_AMOUNT, decision.amount().toPlainString());
      execution.setVariable(URGENCY, decision.urgency());
      execution.setVariable(CASE_BY_CASE, decision.caseByCase());
    } else {
      execution.removeVariable(APPROVED_AMOUNT);
      execution.removeVariable(URGENCY);
      execution.setVariable(REFUSAL_REASON, decision.refusalReason());
    }
  }
}
