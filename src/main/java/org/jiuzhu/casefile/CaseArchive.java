package org.jiuzhu.casefile;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 存档备案: closed cases filed with their township. */
@Repository
public class CaseArchive {

  public record Entry(String businessKey, String procedureKey, String townshipCode, String outcome,
      OffsetDateTime filedAt) {
  }

  private final JdbcClient jdbc;

  public CaseArchive(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void file(Entry entry) {
    jdbc.sql("""
            INSERT INTO case_archive (business_key, procedure_key, township_code, outcome, filed_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(entry.businessKey(), entry.procedureKey(), entry.townshipCode(), entry.outcome(), entry.filedAt())
        .update();
  }

  public Optional<Entry> find(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT business_key AS businessKey, procedure_key AS procedureKey, township_code AS townshipCode, outcome,
              filed_at AS filedAt FROM case_archive
            WHERE business_key = ?""")
        .param(businessKey)
        .query(Entry.class)
        .optional();
  }
}
