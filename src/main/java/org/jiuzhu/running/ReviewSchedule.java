package org.jiuzhu.running;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/** When the next review falls due and when a gradual exit's last paid month is over, on China's calendar. */
@Component
class ReviewSchedule {

  private final RunningCasePolicy policy;

  ReviewSchedule(RunningCasePolicy policy) {
    this.policy = policy;
  }

  /** Today, the policy's months on (yearly, or half-yearly for unstable income), at the start of the day. */
  Date nextReview(boolean unstableIncome) {
    return startOf(ChinaClock.today().plusMonths(policy.reviewMonths(unstableIncome)));
  }

  /** 渐退期: the month the exit is decided is paid, then the policy's months more. */
  YearMonth gradualExitPaidThrough() {
    return YearMonth.from(ChinaClock.today()).plusMonths(policy.getGradualExitMonths());
  }

  /** The first moment after a month, when a gradual exit ends. */
  static Date after(YearMonth lastPaid) {
    return startOf(lastPaid.plusMonths(1).atDay(1));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ChinaClock.ZONE).toInstant());
  }
}
