package org.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static HolidayTable shipped;

  @BeforeAll
  static void readShippedFile() throws IOException {
    try (Reader reader = Files.newBufferedReader(HolidayTableTest.SHIPPED_FILE, StandardCharsets.UTF_8)) {
      shipped = HolidayTable.parse(reader);
    }
  }

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(shipped);

  @Test
  void nationalDayWeekIsSkippedAndTheDeclaredSaturdayCounts() {
    LocalDate wednesday = LocalDate.of(2026, 9, 30);

    assertThat(calendar.addWorkingDays(wednesday, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(calendar.addWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2026, 10, 9));
    assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void latenessCountsTheWorkingDaysAfterTheDueDayUpToToday() {
    LocalDate dueThursday = LocalDate.of(2026, 9, 24);

    assertThat(calendar.workingDaysBetween(dueThursday, dueThursday)).isZero();
    // The day before, the step is one working day ahead of its time limit.
    assertThat(calendar.workingDaysBetween(dueThursday, LocalDate.of(2026, 9, 23))).isEqualTo(-1);
    // Mid-autumn Friday to Sunday are not working days; Monday 28 September is the first day late.
    assertThat(calendar.workingDaysBetween(dueThursday, LocalDate.of(2026, 9, 27))).isZero();
    assertThat(calendar.workingDaysBetween(dueThursday, LocalDate.of(2026, 9, 28))).isEqualTo(1);
    // Over the National Day holiday: 28, 29, 30 September, then 8, 9 and the declared Saturday 10 October.
    assertThat(calendar.workingDaysBetween(dueThursday, LocalDate.of(2026, 10, 7))).isEqualTo(3);
    assertThat(calendar.workingDaysBetween(dueThursday, LocalDate.of(2026, 10, 10))).isEqualTo(6);
  }

  @Test
  void declaredWorkingSaturdaysCount() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 7))).as("an ordinary Saturday").isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void springFestivalSpanIsSkipped() {
    for (LocalDate day = LocalDate.of(2026, 2, 15); day.isBefore(LocalDate.of(2026, 2, 24)); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    LocalDate friday = LocalDate.of(2026, 2, 13);
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(calendar.sameOrNextWorkingDay(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void sameOrNextWorkingDayKeepsAWorkingDay() {
    assertThat(calendar.sameOrNextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(calendar.sameOrNextWorkingDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void yearNotCoveredCountsMondayToFridayAndWarnsOnce() {
    try (LogCapture log = new LogCapture(WorkingDayCalendar.class)) {
      // 2027-01-01 is New Year's Day, but the table does not know 2027 yet.
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
      assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 1, 4));

      assertThat(log.messages(Level.WARN))
          .containsExactly("holiday file has no entries for year 2027; counting Monday–Friday only");
    }
  }

  @Test
  void fewerThanOneDayIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 0));
  }
}
