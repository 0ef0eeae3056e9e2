package org.jiuzhu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" and "today" as China sees them, on the engine's clock (which tests move), whatever the server's zone.
 */
public final class ChinaClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static OffsetDateTime nowOffset() {
    return now().atZone(ZONE).toOffsetDateTime();
  }

  public static LocalDate today() {
    return now().atZone(ZONE).toLocalDate();
  }
}
