package org.jiuzhu.calendar;

import java.time.ZonedDateTime;

/**
 * How much of a step's time limit is left, in working days, as staff say it: 剩余2个工作日, 今天到期, 已逾期1个工作日.
 *
 * @param workingDays working days left (negative: working days past the limit)
 */
public record TimeLeft(int workingDays, boolean overdue, String text) {

  /** Both times in China's zone; a step due today counts 0 days left, and is overdue after its hour. */
  public static TimeLeft of(WorkingDayCalendar calendar, ZonedDateTime now, ZonedDateTime due) {
    int days = calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate());
    if (now.isAfter(due)) {
      int past = Math.max(0, -days);
      return new TimeLeft(-past, true, past == 0 ? "已逾期" : "已逾期" + past + "个工作日");
    }
    return new TimeLeft(days, false, days == 0 ? "今天到期" : "剩余" + days + "个工作日");
  }
}
