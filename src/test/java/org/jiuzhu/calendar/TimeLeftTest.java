package org.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a task card says of a step's time limit, in working days of the shipped holiday table. */
class TimeLeftTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void readShippedFile() throws IOException {
    try (Reader reader = Files.newBufferedReader(HolidayTableTest.SHIPPED_FILE, StandardCharsets.UTF_8)) {
      calendar = new WorkingDayCalendar(HolidayTable.parse(reader));
    }
  }

  private static ZonedDateTime china(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]");
  }

  @Test
  void daysLeftSkipTheNationalDayHolidayAndCountTheDeclaredSaturday() {
    // From Wednesday Sep 30, due at close of business Oct 10 (a declared working Saturday): Oct 8, 9, 10.
    TimeLeft left = TimeLeft.of(calendar, china("2026-09-30T10:00:00"), china("2026-10-10T17:30:00"));
    assertThat(left).isEqualTo(new TimeLeft(3, false, "剩余3个工作日"));
  }

  @Test
  void dueTodayUntilItsHourThenOverdue() {
    assertThat(TimeLeft.of(calendar, china("2026-10-08T09:00:00"), china("2026-10-08T17:30:00")).text()).isEqualTo("今天到期");
    TimeLeft late = TimeLeft.of(calendar, china("2026-10-08T18:00:00"), china("2026-10-08T17:30:00"));
    assertThat(late.overdue()).isTrue();
    assertThat(late.text()).isEqualTo("已逾期");
  }

  @Test
  void overdueDaysAreWorkingDaysToo() {
    // Due Wednesday Sep 30; by Friday Oct 9 only Oct 8 and 9 were working days.
    assertThat(TimeLeft.of(calendar, china("2026-10-09T09:00:00"), china("2026-09-30T17:30:00")))
        .isEqualTo(new TimeLeft(-2, true, "已逾期2个工作日"));
  }
}
