package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.actions.StepReturn;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 乡镇（街道）复核 on completion. An approval needs an amount above zero, within the legal limit and within the
 * county's tier for the urgency (a DMN table); otherwise the task stays open with the reason.
 */
@Component("townshipReviewInput")
class TownshipReviewInput implements TaskListener {

  private final AmountCeilings ceilings;
  private final BigDecimal legalMaximum;

  TownshipReviewInput(AmountCeilings ceilings, @Value("${jiuzhu.p1.max-amount}") BigDecimal legalMaximum) {
    this.ceilings = ceilings;
    this.legalMaximum = legalMaximum;
  }

  @Override
  public void notify(DelegateTask task) {
    if (StepReturn.requested(task)) {
      return;
    }
    DelegateExecution execution = task.getExecution();
    List<Problem> problems = new ArrayList<>();
    Boolean approved = Values.bool(task.getVariable(TOWNSHIP_APPROVED), TOWNSHIP_APPROVED, problems);
    String opinion = Values.text(task.getVariable(TOWNSHIP_OPINION), TOWNSHIP_OPINION, 2000, problems);
    if (!Boolean.TRUE.equals(approved)) {
      InvalidInputException.throwIfAny("复核意见", problems);
      execution.setVariable(TOWNSHIP_APPROVED, false);
      execution.removeVariable(APPROVED_AMOUNT);
      execution.setVariable("refusalReason", "经乡镇（街道）复核，不予救助：" + opinion);
      return;
    }
    BigDecimal amount = Values.yuan(task.getVariable(APPROVED_AMOUNT), APPROVED_AMOUNT, problems);
    // Urgency is optional (the contract does not send it); given, the county's tier for it applies too.
    Object urgencyValue = task.getVariable(URGENCY);
    String urgency = urgencyValue == null || "".equals(urgencyValue) ? null
        : Values.text(urgencyValue, URGENCY, 20, problems);
    if (amount != null && amount.signum() <= 0) {
      problems.add(new Problem(APPROVED_AMOUNT, "救助金额须大于0元"));
    } else if (amount != null && amount.compareTo(legalMaximum) > 0) {
      problems.add(new Problem(APPROVED_AMOUNT, "每人救助金额不超过" + legalMaximum.toPlainString() + "元（含）"));
    } else if (amount != null && urgency != null) {
      BigDecimal ceiling = ceilings.ceiling((String) execution.getVariable("countyCode"), urgency);
      if (ceiling == null) {
        problems.add(new Problem(URGENCY, "急难程度须为 GENERAL（一般）、SERIOUS（较重）或 CRITICAL（严重）"));
      } else if (amount.compareTo(ceiling) > 0) {
        problems.add(new Problem(APPROVED_AMOUNT, "本县该急难程度的救助金额不超过" + ceiling.toPlainString() + "元"));
      }
    }
    InvalidInputException.throwIfAny("复核意见", problems);
    execution.setVariable(TOWNSHIP_APPROVED, true);
    execution.setVariable(APPROVED_AMOUNT, amount.toPlainString());
  }
}
