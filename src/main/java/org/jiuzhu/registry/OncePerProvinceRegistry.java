package org.jiuzhu.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 临时救助信息管理系统 entry for P1: a person receives it once within the province. The check and the entry
 * are one insert against the primary key, so concurrent confirmations on any node and any database
 * serialise on the key: exactly one succeeds.
 */
@Repository
public class OncePerProvinceRegistry {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public OncePerProvinceRegistry(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    // A savepoint keeps the surrounding engine transaction usable after a duplicate (PostgreSQL would
    // otherwise abort it), so the case can go on to a written refusal.
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Enters the case; if the person is already entered, returns the business key of that earlier case. */
  public Optional<String> claim(String idNumberHash, String businessKey, String townshipCode, Instant at) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              INSERT INTO once_per_province_grant (id_number_hash, business_key, township_code, registered_at)
              VALUES (?, ?, ?, ?)""")
          .params(idNumberHash, businessKey, townshipCode, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
          .update());
      return Optional.empty();
    } catch (DuplicateKeyException alreadyEntered) {
      // The row that beat us is committed (the insert waited for it), so it can be read now.
      return Optional.of(earlierCase(idNumberHash).orElseThrow(() -> new IllegalStateException(
          "once-per-province entry vanished after a duplicate; retry the confirmation", alreadyEntered)));
    }
  }

  public Optional<String> earlierCase(String idNumberHash) {
    return jdbc.sql("SELECT business_key FROM once_per_province_grant WHERE id_number_hash = ?")
        .param(idNumberHash)
        .query(String.class)
        .optional();
  }
}
