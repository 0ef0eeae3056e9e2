package org.jiuzhu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days (工作日): Monday–Friday, minus public holidays, plus declared working weekend days.
 * Years the holiday table does not cover count Monday–Friday only, so deadlines keep being
 * computed when next year's arrangements have not been added yet.
 */
public final class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final HolidayTable holidays;
  private final Set<Integer> uncoveredYearsReported = ConcurrentHashMap.newKeySet();

  public WorkingDayCalendar(HolidayTable holidays) {
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (!holidays.covers(date.getYear())) {
      reportUncovered(date.getYear());
      return isMondayToFriday(date);
    }
    if (holidays.isOffDay(date)) {
      return false;
    }
    return holidays.isExtraWorkingDay(date) || isMondayToFriday(date);
  }

  /** The {@code days}-th working day strictly after {@code start}; {@code days} must be at least 1. */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    LocalDate date = start;
    for (int left = days; left > 0; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * The working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. A
   * step due on {@code from} is that many working days late on {@code to}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int days = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        days++;
      }
    }
    return days;
  }

  public LocalDate sameOrNextWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : addWorkingDays(date, 1);
  }

  private static boolean isMondayToFriday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  // Once per year: every deadline would otherwise repeat the warning.
  private void reportUncovered(int year) {
    if (uncoveredYearsReported.add(year)) {
      log.warn("holiday file has no entries for year {}; counting Monday–Friday only", year);
    }
  }
}
