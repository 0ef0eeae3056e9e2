package org.jiuzhu.epidemic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The end of each county's epidemic ({@code epidemic_end}): who declared it, when and on what basis. A county's
 * epidemic ends once; the key makes a second declaration, also a concurrent one, fail.
 */
@Repository
public class EpidemicEnds {

  /** @param businessKey the declaration's own case number (YQJS-…), under which it is audited */
  public record End(String countyCode, LocalDate endedOn, String basis, String declaredBy, OffsetDateTime declaredAt,
      String businessKey) {
  }

  private final JdbcClient jdbc;

  public EpidemicEnds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the end; false when the county's end is already recorded (the earlier record stands). */
  public boolean declare(End end) {
    try {
      return jdbc.sql("""
              INSERT INTO epidemic_end (county_code, ended_on, basis, declared_by, declared_at, business_key)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(end.countyCode(), end.endedOn(), end.basis(), end.declaredBy(), end.declaredAt(), end.businessKey())
          .update() == 1;
    } catch (DuplicateKeyException alreadyDeclared) {
      return false;
    }
  }

  public Optional<End> of(String countyCode) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT county_code AS countyCode, ended_on AS endedOn, basis, declared_by AS declaredBy,
              declared_at AS declaredAt, business_key AS businessKey FROM epidemic_end WHERE county_code = ?""")
        .param(countyCode)
        .query(End.class)
        .optional();
  }
}
