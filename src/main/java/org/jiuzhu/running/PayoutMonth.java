package org.jiuzhu.running;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 发放月份: the timer pays the current month (China time); an admin names a {@code month} (yyyy-MM), not in the
 * future. Records who started the run ({@code startedBy}), whom the four-eyes rule keeps from confirming it. Only
 * the timer and admins start a payout: staff may send no message (integrity).
 */
@Component("payoutMonth")
class PayoutMonth implements ExecutionListener {

  static final String MONTH = "month";
  static final String PAYOUT_MONTH = "payoutMonth";
  static final String STARTED_BY = "startedBy";

  @Override
  public void notify(DelegateExecution execution) {
    Authentication caller = Context.getCommandContext().getAuthentication();
    YearMonth month = YearMonth.from(ChinaClock.today());
    Object given = execution.getVariable(MONTH);
    if (given != null) {
      month = parse(given, month);
    }
    execution.setVariable(PAYOUT_MONTH, month.toString());
    execution.setVariable(STARTED_BY, caller == null ? AuditTrail.SYSTEM : caller.getUserId());
  }

  private static YearMonth parse(Object given, YearMonth current) {
    YearMonth month;
    try {
      month = given instanceof String s && s.strip().matches("\\d{4}-\\d{2}") ? YearMonth.parse(s.strip()) : null;
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      throw new InvalidInputException("按月发放", List.of(new Problem(MONTH, "须为年月（yyyy-MM），例如 " + current)));
    }
    if (month.isAfter(current)) {
      throw new InvalidInputException("按月发放", List.of(new Problem(MONTH, "不能发放未来月份（本月为 " + current + "）")));
    }
    return month;
  }
}
