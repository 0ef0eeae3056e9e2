package org.jiuzhu.fasttrack;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 追回: fast-track cases whose commitment proved untrue, with the amount to recover and the liability found. */
@Repository
public class Recoveries {

  public record Recovery(String businessKey, String countyCode, BigDecimal amount, String refusalReason,
      String liabilityNote, String recordedBy, OffsetDateTime recordedAt) {
  }

  private final JdbcClient jdbc;

  Recoveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the case's recovery; the key refuses a second one for the case. */
  void record(Recovery r) {
    jdbc.sql("""
            INSERT INTO fast_track_recovery (business_key, county_code, amount, refusal_reason, liability_note,
              recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(r.businessKey(), r.countyCode(), r.amount(), r.refusalReason(), r.liabilityNote(), r.recordedBy(),
            r.recordedAt())
        .update();
  }

  public Optional<Recovery> of(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT business_key AS businessKey, county_code AS countyCode, amount, refusal_reason AS refusalReason,
              liability_note AS liabilityNote, recorded_by AS recordedBy, recorded_at AS recordedAt
            FROM fast_track_recovery WHERE business_key = ?""")
        .param(businessKey)
        .query(Recovery.class)
        .optional();
  }
}
