package org.jiuzhu.report;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * 生成上月报表: computes the month before today (China time) and fixes the submission deadline, close of business
 * on the 10th or on the next working day when the 10th is not one.
 */
@Component("computeMonthlyReport")
class ComputeMonthlyReport implements JavaDelegate {

  static final int SUBMIT_BY_DAY = 10;

  private final MonthlyFigures figures;
  private final WorkingDays workingDays;

  ComputeMonthlyReport(MonthlyFigures figures, WorkingDays workingDays) {
    this.figures = figures;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth thisMonth = YearMonth.from(ChinaClock.today());
    YearMonth reported = thisMonth.minusMonths(1);
    figures.compute(reported);
    execution.setVariable("reportMonth", reported.toString());
    execution.setVariable("reportDueDate", workingDays.closeOfBusinessOnOrAfter(thisMonth.atDay(SUBMIT_BY_DAY)));
  }
}
