package org.jiuzhu.installments;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 停止发放: circumstances changed (message with changeReason). The installments not yet paid are marked
 * stopped and the reason is recorded in writing (installment_stop) and in stopReason; the case ends STOPPED
 * with installmentsPaid. A message without a reason is refused, so nothing stops without one.
 */
@Component("stopInstallments")
class StopInstallments implements JavaDelegate {

  private final InstallmentSchedule schedule;
  private final PaymentLedger ledger;

  StopInstallments(InstallmentSchedule schedule, PaymentLedger ledger) {
    this.schedule = schedule;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String reason = Values.text(execution.getVariable(InstallmentVariables.CHANGE_REASON),
        InstallmentVariables.CHANGE_REASON, 2000, problems);
    InvalidInputException.throwIfAny("情况变化说明", problems);
    String businessKey = execution.getProcessBusinessKey();
    int paid = ledger.of(businessKey).size();
    schedule.stop(new InstallmentSchedule.Stop(businessKey, reason, paid, ChinaClock.nowOffset()));
    execution.setVariable(InstallmentVariables.STOP_REASON, reason);
    execution.setVariable(InstallmentVariables.PAID, (long) paid);
    execution.setVariable("outcome", "STOPPED");
  }
}
