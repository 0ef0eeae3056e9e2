package org.jiuzhu.installments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * 确定分次发放计划: once the approval is final, the schedule proposed with it (variable installmentPlan, JSON)
 * is written to installment_plan, where the payment timers and the written record read it.
 */
@Component("fixInstallmentPlan")
class FixInstallmentPlan implements JavaDelegate {

  private final InstallmentSchedule schedule;

  FixInstallmentPlan(InstallmentSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object json = execution.getVariable(InstallmentVariables.PLAN);
    InstallmentPlan plan = InstallmentPlan.fromJson(json instanceof SpinJsonNode spin ? spin.toString() : (String) json);
    schedule.save(execution.getProcessBusinessKey(), plan);
    execution.setVariable(InstallmentVariables.COUNT, (long) plan.count());
    execution.setVariable(InstallmentVariables.PAID, 0L);
  }
}
