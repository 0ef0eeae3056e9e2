package org.jiuzhu.fasttrack;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 三级备档 (001 §12): each fast-track case filed separately with its village, township and county. */
@Repository
public class ThreeLevelArchive {

  public enum Level { VILLAGE, TOWNSHIP, COUNTY }

  public record Entry(String businessKey, Level archiveLevel, String unitCode, OffsetDateTime filedAt) {
  }

  private final JdbcClient jdbc;

  ThreeLevelArchive(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Files the case at one level unless it is filed there already (a retried step); the key refuses a second
   * concurrent filing, whose transaction then retries and finds the first.
   */
  void file(Entry entry) {
    boolean filed = jdbc.sql("SELECT COUNT(*) FROM fast_track_archive WHERE business_key = ? AND archive_level = ?")
        .params(entry.businessKey(), entry.archiveLevel().name()).query(Long.class).single() > 0;
    if (!filed) {
      jdbc.sql("""
              INSERT INTO fast_track_archive (business_key, archive_level, unit_code, filed_at)
              VALUES (?, ?, ?, ?)""")
          .params(entry.businessKey(), entry.archiveLevel().name(), entry.unitCode(), entry.filedAt())
          .update();
    }
  }

  public List<Entry> of(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT business_key AS businessKey, archive_level AS archiveLevel, unit_code AS unitCode,
              filed_at AS filedAt FROM fast_track_archive WHERE business_key = ?
            ORDER BY CASE archive_level WHEN 'VILLAGE' THEN 1 WHEN 'TOWNSHIP' THEN 2 ELSE 3 END""")
        .param(businessKey)
        .query(Entry.class)
        .list();
  }
}
