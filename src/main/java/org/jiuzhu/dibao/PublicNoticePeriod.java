package org.jiuzhu.dibao;

import java.time.LocalDate;
import java.util.Date;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/** When a 公示 ends: at the end of its last day, China time, read by the model's timer. */
@Component("publicNoticePeriod")
public class PublicNoticePeriod {

  public Date endsAt(String lastDay) {
    return Date.from(LocalDate.parse(lastDay.substring(0, 10)).plusDays(1).atStartOfDay(ChinaClock.ZONE).toInstant());
  }
}
