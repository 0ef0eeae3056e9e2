package org.jiuzhu.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 低保 and 特困 registers of this and other provinces ({@code register_enrolment}) and the 建档立卡/脱贫·监测 list
 * ({@code poverty_register}). A person has at most one open entry per province in each of the two tables: an entry
 * is one insert against a unique index on the open entries, so concurrent enrolments on any node serialise on it
 * and exactly one succeeds.
 */
@Repository
public class Registers {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public Registers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    // A savepoint keeps a surrounding transaction (the engine's, an import's) usable after a duplicate, which
    // PostgreSQL would otherwise abort.
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** @return false, storing nothing, when the person already has an open entry in the province (or this one) */
  public boolean enrol(Enrolment e) {
    String openKey = e.open() ? e.idNumberHash() : null;
    try {
      savepoint.executeWithoutResult(status -> (e.type().poverty()
          ? jdbc.sql("""
                  INSERT INTO poverty_register (id_number_hash, category, province_code, county_code, registered_from,
                    ended_on, open_key, work_capacity)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
              .params(e.idNumberHash(), e.type().name(), e.provinceCode(), e.countyCode(), e.from(), e.endedOn(),
                  openKey, e.workCapacity().name())
          : jdbc.sql("""
                  INSERT INTO register_enrolment
                    (id_number_hash, register_type, province_code, county_code, enrolled_from, ended_on, open_key)
                  VALUES (?, ?, ?, ?, ?, ?, ?)""")
              .params(e.idNumberHash(), e.type().name(), e.provinceCode(), e.countyCode(), e.from(), e.endedOn(),
                  openKey))
          .update());
      return true;
    } catch (DuplicateKeyException alreadyEnrolled) {
      return false;
    }
  }

  /**
   * Enrols a household's people together: all of them, or, when one already has an open entry in the province,
   * none (the entries made before it are rolled back with the savepoint).
   *
   * @return the position of the first person already enrolled, or -1 when all were enrolled
   */
  public int enrolAll(List<Enrolment> enrolments) {
    return savepoint.execute(status -> {
      for (int i = 0; i < enrolments.size(); i++) {
        if (!enrol(enrolments.get(i))) {
          status.setRollbackOnly();
          return i;
        }
      }
      return -1;
    });
  }

  /** Whether the person has an open 低保 or 特困 entry in the province. */
  public boolean openInProvince(String idNumberHash, String provinceCode) {
    return jdbc.sql("SELECT COUNT(*) FROM register_enrolment WHERE open_key = ? AND province_code = ?")
        .params(idNumberHash, provinceCode).query(Long.class).single() > 0;
  }

  /** 退出: closes the person's open entry in the province on that day; false when there is none. */
  public boolean exit(String idNumberHash, String provinceCode, LocalDate endedOn) {
    return jdbc.sql("""
            UPDATE register_enrolment SET ended_on = ?, open_key = NULL
            WHERE open_key = ? AND province_code = ? AND enrolled_from <= ?""")
        .params(endedOn, idNumberHash, provinceCode, endedOn)
        .update() == 1;
  }

  /** The registers the person is in on that day, in any province. */
  public Set<RegisterType> enrolledOn(String idNumberHash, LocalDate day) {
    Set<RegisterType> types = EnumSet.noneOf(RegisterType.class);
    jdbc.sql("""
            SELECT register_type FROM register_enrolment
            WHERE id_number_hash = ? AND enrolled_from <= ? AND (ended_on IS NULL OR ended_on >= ?)
            UNION
            SELECT category FROM poverty_register
            WHERE id_number_hash = ? AND registered_from <= ? AND (ended_on IS NULL OR ended_on >= ?)""")
        .params(idNumberHash, day, day, idNumberHash, day, day)
        .query(String.class)
        .list()
        .forEach(type -> types.add(RegisterType.valueOf(type)));
    return types;
  }

  /**
   * 建档立卡贫困人口 who lost all or part of their capacity to work (002 §一(二)), as the list records them on that
   * day in any province: they are taken into 低保 without the economic check.
   */
  public boolean poorUnableToWork(String idNumberHash, LocalDate day) {
    return jdbc.sql("""
            SELECT work_capacity FROM poverty_register
            WHERE id_number_hash = ? AND category = ? AND registered_from <= ? AND (ended_on IS NULL OR ended_on >= ?)""")
        .params(idNumberHash, RegisterType.POOR.name(), day, day)
        .query(String.class)
        .list()
        .stream()
        .anyMatch(capacity -> WorkCapacity.valueOf(capacity).lost());
  }
}
