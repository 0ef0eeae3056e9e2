package org.jiuzhu.calendar;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /api/working-days-left?due=…: what is left of a time limit in working days, for Tasklist's task cards (the
 * calendar and its holiday table are the server's; the browser only shows the answer). {@code due} as the engine's
 * REST API writes it (2026-03-12T09:30:00.000+0000) or ISO-8601.
 */
@RestController
class TimeLeftController {

  private static final DateTimeFormatter ENGINE_REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final WorkingDays workingDays;

  TimeLeftController(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @GetMapping("/api/working-days-left")
  TimeLeft left(@RequestParam String due) {
    return workingDays.left(Date.from(parse(due).toInstant()));
  }

  private static OffsetDateTime parse(String due) {
    try {
      return OffsetDateTime.parse(due, ENGINE_REST);
    } catch (DateTimeParseException notTheEnginesFormat) {
      try {
        return OffsetDateTime.parse(due);
      } catch (DateTimeParseException notIso) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "到期时间须为日期时间，如 2026-03-12T09:30:00.000+0000");
      }
    }
  }
}
