package org.jiuzhu.org;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrgUnits {

  private final JdbcClient jdbc;

  public OrgUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OrgUnit> find(String code) {
    return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit WHERE code = ?")
        .param(code)
        .query(OrgUnit.class)
        .optional();
  }

  public List<OrgUnit> all() {
    return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit ORDER BY code").query(OrgUnit.class).list();
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
