package org.jiuzhu.org;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrgUnits {

  // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
  private static final String SELECT_UNIT = "SELECT code, name, level, parent_code AS parentCode FROM org_unit";

  private final JdbcClient jdbc;

  public OrgUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OrgUnit> find(String code) {
    return jdbc.sql(SELECT_UNIT + " WHERE code = ?")
        .param(code)
        .query(OrgUnit.class)
        .optional();
  }

  public List<OrgUnit> all() {
    return jdbc.sql(SELECT_UNIT + " ORDER BY code").query(OrgUnit.class).list();
  }

  /** The unit with this code and every unit below it (division codes nest). */
  public List<OrgUnit> within(String code) {
    return jdbc.sql(SELECT_UNIT + " WHERE code LIKE ? ORDER BY code").param(code + "%").query(OrgUnit.class).list();
  }

  /** Adds a unit unless it is there; its parent must exist first. */
  public void ensure(OrgUnit unit) {
    if (find(unit.code()).isEmpty()) {
      jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES (?, ?, ?, ?)")
          .params(unit.code(), unit.name(), unit.level().name(), unit.parentCode())
          .update();
    }
  }
}
