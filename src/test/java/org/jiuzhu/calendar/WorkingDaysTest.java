package org.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;

import ch.qos.logback.classic.Level;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDaysTest {

  @TempDir
  Path folder;

  private Path file;

  @BeforeEach
  void copyShippedFile() throws IOException {
    file = Files.copy(HolidayTableTest.SHIPPED_FILE, folder.resolve("holidays.csv"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private WorkingDays workingDays() {
    return new WorkingDays(new CalendarProperties(file, LocalTime.of(17, 30)));
  }

  private static void clockAt(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  private static Instant instant(String isoOffsetDateTime) {
    return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
  }

  @Test
  void dueIsCloseOfBusinessOnTheThirdWorkingDayAfterNationalDay() {
    clockAt("2026-09-30T10:00+08:00");

    assertThat(workingDays().due(3).toInstant()).isEqualTo(instant("2026-10-10T17:30+08:00"));
  }

  @Test
  void dueCountsFromTheChinaDateNotTheServerDate() {
    // Still 30 September in UTC (the tests' JVM zone) but already 1 October in China.
    clockAt("2026-09-30T20:00Z");

    assertThat(workingDays().due(3).toInstant()).isEqualTo(instant("2026-10-10T17:30+08:00"));
  }

  @Test
  void sameDayIsCloseOfBusinessWhileTheOfficeIsOpen() {
    clockAt("2026-09-30T10:00+08:00");

    assertThat(workingDays().endOfToday().toInstant()).isEqualTo(instant("2026-09-30T17:30+08:00"));
  }

  @Test
  void sameDayAfterHoursIsStillThatDay() {
    clockAt("2026-09-30T19:00+08:00");

    assertThat(workingDays().endOfToday().toInstant()).isEqualTo(instant("2026-09-30T23:59:59+08:00"));
  }

  @Test
  void sameDayOnAHolidayIsThatHoliday() {
    clockAt("2026-10-03T09:00+08:00");

    assertThat(workingDays().endOfToday().toInstant()).isEqualTo(instant("2026-10-03T17:30+08:00"));
  }

  @Test
  void picksUpALineAppendedToTheHolidayFile() throws IOException {
    clockAt("2026-10-07T10:00+08:00");
    WorkingDays workingDays = workingDays();
    assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-08T17:30+08:00"));

    appendAndTouch("2026-10-08,off,测试,Test\n");

    assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-09T17:30+08:00"));
  }

  @Test
  void malformedEditKeepsThePreviousTableAndNamesFileAndLine() throws IOException {
    clockAt("2026-10-07T10:00+08:00");
    WorkingDays workingDays = workingDays();
    int lines = Files.readAllLines(file).size();

    try (LogCapture log = new LogCapture(WorkingDays.class)) {
      appendAndTouch("2026-10-08,of,测试,Test\n");

      assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-08T17:30+08:00"));
      assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-08T17:30+08:00"));
      assertThat(log.messages(Level.ERROR)).singleElement().asString()
          .contains(file.toString(), "line " + (lines + 1) + ": unknown kind 'of'");
    }
  }

  @Test
  void deletedFileKeepsThePreviousTable() throws IOException {
    clockAt("2026-10-07T10:00+08:00");
    WorkingDays workingDays = workingDays();
    Files.delete(file);

    try (LogCapture log = new LogCapture(WorkingDays.class)) {
      assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-08T17:30+08:00"));
      assertThat(workingDays.due(1).toInstant()).isEqualTo(instant("2026-10-08T17:30+08:00"));
      assertThat(log.messages(Level.ERROR)).singleElement().asString().contains(file.toString());
    }
  }

  @Test
  void missingFileFailsStartupNamingTheFile() throws IOException {
    Files.delete(file);

    assertThatIllegalStateException().isThrownBy(this::workingDays)
        .withMessageContaining(file.toString())
        .withMessageContaining("not found");
  }

  @Test
  void malformedFileFailsStartupNamingFileAndLine() throws IOException {
    Files.writeString(file, HolidayTable.HEADER + "\n2026-13-01,off,元旦,New Year's Day\n");

    assertThatIllegalStateException().isThrownBy(this::workingDays)
        .withMessageContaining(file.toString())
        .withMessageContaining("line 2: bad date '2026-13-01'");
  }

  @Test
  void fileNotInUtf8FailsStartupWithAHint() throws IOException {
    Files.write(file, (HolidayTable.HEADER + "\n2027-01-01,off,元旦,New Year's Day\n").getBytes("GBK"));

    assertThatIllegalStateException().isThrownBy(this::workingDays)
        .withMessageContaining(file.toString())
        .withMessageContaining("not UTF-8");
  }

  // Sets the time explicitly: an append within the file system's timestamp resolution must not be needed.
  private void appendAndTouch(String line) throws IOException {
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
  }
}
