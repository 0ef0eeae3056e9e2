package org.jiuzhu.running;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each county's switch 疫情期间暂停退出. */
@Repository
class ExitSuspensions {

  record Switch(String countyCode, boolean suspended, String reason, String changedBy, OffsetDateTime changedAt) {
  }

  private final JdbcClient jdbc;

  ExitSuspensions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether exits are suspended in the county. An exit that finds them suspended locks the switch until its
   * wait is committed, so a lifting that follows sees the waiting case and resumes it (no lost wake-up).
   */
  boolean suspendedForExit(String countyCode) {
    return jdbc.sql("SELECT suspended FROM exit_suspension WHERE county_code = ? FOR UPDATE").param(countyCode)
        .query(Boolean.class).optional().orElse(false);
  }

  Optional<Switch> of(String countyCode) {
    return jdbc.sql("""
            SELECT county_code AS countyCode, suspended, reason, changed_by AS changedBy, changed_at AS changedAt
            FROM exit_suspension WHERE county_code = ?""")
        .param(countyCode).query(Switch.class).optional();
  }

  /**
   * Sets the switch; tells whether it changed. A switch already so keeps who set it, when and why: repeating or
   * retrying a change writes nothing.
   */
  boolean set(String countyCode, boolean suspended, String reason, String userId) {
    Optional<Boolean> was = jdbc.sql("SELECT suspended FROM exit_suspension WHERE county_code = ? FOR UPDATE")
        .param(countyCode).query(Boolean.class).optional();
    if (was.isPresent()) {
      if (was.get() == suspended) {
        return false;
      }
      jdbc.sql("""
              UPDATE exit_suspension SET suspended = ?, reason = ?, changed_by = ?, changed_at = ? WHERE county_code = ?""")
          .params(suspended, reason, userId, ChinaClock.nowOffset(), countyCode).update();
      return true;
    }
    jdbc.sql("""
            INSERT INTO exit_suspension (county_code, suspended, reason, changed_by, changed_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(countyCode, suspended, reason, userId, ChinaClock.nowOffset()).update();
    return suspended;
  }
}
