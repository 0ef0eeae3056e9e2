package org.jiuzhu.audit;

import java.util.List;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of cases ({@code audit_event}). Writes join the caller's transaction, so inside an engine
 * command an event commits or rolls back with the step it records.
 */
@Repository
public class AuditTrail {

  /** The user of steps nobody logged in triggered: the job executor, or calls without authentication. */
  public static final String SYSTEM = "system";

  private static final int BUSINESS_KEY_LENGTH = 40;
  private static final int ACTION_LENGTH = 100;
  private static final int DETAIL_LENGTH = 4000;

  private final JdbcClient jdbc;

  public AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param userId null for {@link #SYSTEM}
   * @param countyCode may be null
   * @param detail may be null
   */
  public void record(String userId, String businessKey, String countyCode, String action, String detail) {
    jdbc.sql("""
            INSERT INTO audit_event (occurred_at, user_id, business_key, county_code, action, detail)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(ChinaClock.nowOffset(), userId == null ? SYSTEM : userId,
            clip(printable(businessKey), BUSINESS_KEY_LENGTH), countyCode, clip(action, ACTION_LENGTH),
            clip(detail, DETAIL_LENGTH))
        .update();
  }

  /** The case's events, oldest first. */
  public List<AuditEvent> of(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT id, occurred_at AS occurredAt, user_id AS userId, business_key AS businessKey,
              county_code AS countyCode, action, detail FROM audit_event
            WHERE business_key = ? ORDER BY occurred_at, id""")
        .param(businessKey)
        .query(AuditEvent.class)
        .list();
  }

  /** A case number someone typed (a probe, perhaps) is kept without the characters that could forge log lines. */
  private static String printable(String text) {
    return text == null ? null : text.replaceAll("\\p{Cntrl}", "?");
  }

  // A long task name or opinion must not make the step itself fail; the record keeps what fits.
  static String clip(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    int end = length - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
