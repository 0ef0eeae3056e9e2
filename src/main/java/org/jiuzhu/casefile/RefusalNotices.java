package org.jiuzhu.casefile;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RefusalNotices {

  private final JdbcClient jdbc;

  public RefusalNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(RefusalNotice notice) {
    jdbc.sql("""
            INSERT INTO refusal_notice (business_key, applicant_name, township_code, reason, issued_at,
              deciding_unit_code)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(notice.businessKey(), notice.applicantName(), notice.townshipCode(), notice.reason(),
            notice.issuedAt(), notice.decidingUnitCode())
        .update();
  }

  public Optional<RefusalNotice> find(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT business_key AS businessKey, applicant_name AS applicantName, township_code AS townshipCode, reason,
              issued_at AS issuedAt, deciding_unit_code AS decidingUnitCode FROM refusal_notice
            WHERE business_key = ?""")
        .param(businessKey)
        .query(RefusalNotice.class)
        .optional();
  }
}
