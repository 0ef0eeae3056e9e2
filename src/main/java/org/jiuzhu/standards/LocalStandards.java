package org.jiuzhu.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LocalStandards {

  // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
  private static final String SELECT = """
      SELECT county_code AS countyCode, effective_from AS effectiveFrom, urban_dibao AS urbanDibao,
        rural_dibao AS ruralDibao, minimum_wage AS minimumWage FROM local_standard
      """;

  private final JdbcClient jdbc;

  public LocalStandards(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The standard in force in a county on a day: the latest one that took effect on or before it. */
  public Optional<LocalStandard> inForce(String countyCode, LocalDate day) {
    return jdbc.sql(SELECT
            + "WHERE county_code = ? AND effective_from <= ? ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY")
        .params(countyCode, day)
        .query(LocalStandard.class)
        .optional();
  }

  /** A county's standards, the latest first. */
  public List<LocalStandard> of(String countyCode) {
    return jdbc.sql(SELECT + "WHERE county_code = ? ORDER BY effective_from DESC")
        .param(countyCode)
        .query(LocalStandard.class)
        .list();
  }

  public void save(LocalStandard standard) {
    jdbc.sql("""
            INSERT INTO local_standard (county_code, effective_from, urban_dibao, rural_dibao, minimum_wage)
            VALUES (?, ?, ?, ?, ?)""")
        .params(standard.countyCode(), standard.effectiveFrom(), standard.urbanDibao(), standard.ruralDibao(),
            standard.minimumWage())
        .update();
  }
}
