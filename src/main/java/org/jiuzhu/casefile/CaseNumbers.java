package org.jiuzhu.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable, unique case numbers such as LSJZ-2026-000123. The counter row is locked by the update until
 * the case's transaction ends, so numbers are never handed out twice and a rolled-back start leaves no gap.
 */
@Repository
public class CaseNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public String next(String prefix, int year) {
    if (increment(prefix, year) == 0) {
      try {
        savepoint.executeWithoutResult(s -> jdbc.sql(
                "INSERT INTO case_number_counter (prefix, counter_year, last_value) VALUES (?, ?, 0)")
            .params(prefix, year).update());
      } catch (DuplicateKeyException createdMeanwhile) {
        // another case opened the year's counter first; counting on from it is right
      }
      increment(prefix, year);
    }
    long value = jdbc.sql("SELECT last_value FROM case_number_counter WHERE prefix = ? AND counter_year = ?")
        .params(prefix, year).query(Long.class).single();
    return String.format("%s-%d-%06d", prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.sql("UPDATE case_number_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?")
        .params(prefix, year).update();
  }
}
