package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.jiuzhu.actions.StepReturn;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.installments.InstallmentPlan;
import org.jiuzhu.installments.InstallmentRules;
import org.jiuzhu.installments.InstallmentVariables;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 乡镇（街道）审核 on completion. The township proposes the amount and the schedule together (一次审批、分次发放):
 * the amount above zero and at most the configured months of the county's urban 低保 standard, the schedule
 * adding up to it to the fen, on days from today on, in order, at most the configured number. Whoever approves
 * (the township itself or the county, as the authority table decides) approves this proposal.
 */
@Component("expenditureReviewInput")
class ExpenditureReviewInput implements TaskListener {

  static final String WHAT = "审核意见";

  private final LocalStandards standards;
  private final int maxMonths;
  private final InstallmentRules installmentRules;

  ExpenditureReviewInput(LocalStandards standards,
      @Value("${jiuzhu.p3.max-months-of-urban-standard:24}") int maxMonths,
      @Value("${jiuzhu.p3.max-installments:12}") int maxInstallments) {
    this.standards = standards;
    this.maxMonths = maxMonths;
    this.installmentRules = new InstallmentRules(maxInstallments);
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
      InvalidInputException.throwIfAny(WHAT, problems);
      execution.setVariable(TOWNSHIP_APPROVED, false);
      execution.removeVariable(APPROVED_AMOUNT);
      execution.removeVariable(InstallmentVariables.PLAN);
      execution.setVariable(REFUSAL_REASON, "经乡镇（街道）审核，不予救助：" + opinion);
      return;
    }
    LocalDate today = ChinaClock.today();
    BigDecimal amount = Values.yuan(task.getVariable(APPROVED_AMOUNT), APPROVED_AMOUNT, problems);
    if (amount != null && amount.signum() <= 0) {
      problems.add(new Problem(APPROVED_AMOUNT, "救助金额须大于0元"));
      amount = null;
    } else if (amount != null) {
      BigDecimal ceiling = ceiling((String) execution.getVariable("countyCode"), today);
      if (amount.compareTo(ceiling) > 0) {
        problems.add(new Problem(APPROVED_AMOUNT, "支出型救助金额不超过当地城市低保标准" + maxMonths + "个月，即"
            + ceiling.toPlainString() + "元"));
        amount = null;
      }
    }
    InstallmentPlan plan = installmentRules.plan(amount, task.getVariable(InstallmentRules.COUNT),
        task.getVariable(InstallmentRules.FIRST_DATE), task.getVariable(InstallmentRules.LIST), today, problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    execution.setVariable(TOWNSHIP_APPROVED, true);
    execution.setVariable(APPROVED_AMOUNT, amount.toPlainString());
    execution.setVariable(InstallmentVariables.COUNT, (long) plan.count());
    execution.setVariable(InstallmentVariables.PLAN, SpinValues.jsonValue(plan.toJson()).create());
    // The plan is the record; a list left behind would override the form at a review after an objection.
    execution.removeVariable(InstallmentRules.LIST);
  }

  private BigDecimal ceiling(String countyCode, LocalDate today) {
    BigDecimal urban = standards.inForce(countyCode, today).map(LocalStandard::urbanDibao)
        .orElseThrow(() -> new IllegalStateException("县（市、区）" + countyCode + " 没有生效的城市低保标准（local_standard）"));
    return urban.multiply(BigDecimal.valueOf(maxMonths)).setScale(2);
  }
}
