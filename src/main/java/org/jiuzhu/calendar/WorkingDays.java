package org.jiuzhu.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.due(3)}"} or
 * {@code <timeDate>${workingDays.due(3)}</timeDate>}.
 * <p>
 * "Now" is Camunda's clock, so tests that move the engine's clock move these deadlines too.
 * The holiday file is re-read whenever it changes, so an admin's edit applies without a restart.
 */
@Component("workingDays")
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkingDays {

  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

  private final Path file;
  private final LocalTime closeOfBusiness;

  private WorkingDayCalendar calendar;
  /** The file version last looked at, whether loaded or rejected; null while the file is unreadable. */
  private FileVersion seen;

  /** Fails if the holiday file is missing or malformed: deadlines must not silently ignore holidays. */
  public WorkingDays(CalendarProperties properties) {
    this.file = properties.holidayFile().toAbsolutePath().normalize();
    this.closeOfBusiness = properties.closeOfBusiness();
    try {
      this.seen = FileVersion.of(file);
      this.calendar = load();
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("holiday file " + file + " not found (set jiuzhu.calendar.holiday-file)", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot load holiday file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Close of business on the {@code days}-th working day after today. */
  public Date due(int days) {
    ZonedDateTime now = now();
    return closeOfBusinessOn(calendar().addWorkingDays(now.toLocalDate(), days));
  }

  /**
   * 当日审批、当日发放: the same calendar day, working day or not (001 §5 counts the day, not working days): close of
   * business if that is still ahead, else the day's last moment, so a request after hours or on a holiday is
   * still due that day.
   */
  public Date endOfToday() {
    ZonedDateTime now = now();
    LocalDate today = now.toLocalDate();
    return now.toLocalTime().isBefore(closeOfBusiness) ? closeOfBusinessOn(today)
        : Date.from(today.atTime(LocalTime.of(23, 59, 59)).atZone(ChinaClock.ZONE).toInstant());
  }

  /** Close of business on {@code day}, or on the next working day when {@code day} is not one. */
  public Date closeOfBusinessOnOrAfter(LocalDate day) {
    return closeOfBusinessOn(calendar().sameOrNextWorkingDay(day));
  }

  /** Working days from {@code start} to {@code end} (China dates): 0 for a step done on the day it began. */
  public int workingDaysTaken(Date start, Date end) {
    return calendar().workingDaysBetween(start.toInstant().atZone(ChinaClock.ZONE).toLocalDate(),
        end.toInstant().atZone(ChinaClock.ZONE).toLocalDate());
  }

  /** Working days a step due at {@code due} is late by today (China time): 0 on its own day or before. */
  public int workingDaysOverdue(Date due) {
    return Math.max(0,
        calendar().workingDaysBetween(due.toInstant().atZone(ChinaClock.ZONE).toLocalDate(), ChinaClock.today()));
  }

  /** What is left of a time limit that ends at {@code due}, in working days of the current holiday table. */
  public TimeLeft left(Date due) {
    return TimeLeft.of(calendar(), now(), due.toInstant().atZone(ChinaClock.ZONE));
  }

  private ZonedDateTime now() {
    return ChinaClock.now().atZone(ChinaClock.ZONE);
  }

  private Date closeOfBusinessOn(LocalDate day) {
    return Date.from(day.atTime(closeOfBusiness).atZone(ChinaClock.ZONE).toInstant());
  }

  /** The calendar of the current file, or of the last good one if the file became unusable. */
  synchronized WorkingDayCalendar calendar() {
    FileVersion version;
    try {
      version = FileVersion.of(file);
    } catch (IOException e) {
      if (seen != null) {
        log.error("cannot read holiday file {} ({}); keeping the previous holiday table",
            file, e.getClass().getSimpleName());
        seen = null;
      }
      return calendar;
    }
    if (!version.equals(seen)) {
      seen = version;
      try {
        calendar = load();
      } catch (IOException | IllegalArgumentException e) {
        log.error("holiday file {} is invalid ({}); keeping the previous holiday table", file, e.getMessage());
      }
    }
    return calendar;
  }

  private WorkingDayCalendar load() throws IOException {
    HolidayTable table;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      table = HolidayTable.parse(reader);
    } catch (CharacterCodingException e) {
      // Typically an edit saved as GBK; the decoder's own message ("Input length = 1") says nothing.
      throw new IllegalArgumentException("not UTF-8 text; save it as UTF-8", e);
    }
    log.info("loaded holiday file {} covering years {}", file, table.years());
    return new WorkingDayCalendar(table);
  }

  // Size as well as time: an append within the file system's timestamp resolution still counts.
  private record FileVersion(FileTime modified, long size) {
    static FileVersion of(Path file) throws IOException {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileVersion(attributes.lastModifiedTime(), attributes.size());
    }
  }
}
