package org.jiuzhu.dibao;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of open 低保、特困 applications (table open_dibao_application): a person is the subject of one open
 * case at a time. Taking a person is one insert against the primary key, so two starts for the same person at once
 * serialise on it and exactly one succeeds; the rows go when the case ends.
 */
@Repository
class OpenApplications {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  OpenApplications(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    // As in OncePerProvinceRegistry: a duplicate must not abort the surrounding engine transaction.
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Takes the person for a case; if another case has them, answers that case's business key. A hold left by a case
   * that no longer runs (cancelled with its listeners skipped) passes to this case.
   *
   * @param running whether the case of a business key still runs
   */
  Optional<String> take(String idNumberHash, String businessKey, Instant at, Predicate<String> running) {
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              INSERT INTO open_dibao_application (id_number_hash, business_key, opened_at) VALUES (?, ?, ?)""")
          .params(idNumberHash, businessKey, now)
          .update());
      return Optional.empty();
    } catch (DuplicateKeyException taken) {
      // The row that beat us is committed (the insert waited for it), so it can be read now.
      String holder = holder(idNumberHash).orElseThrow(() -> new IllegalStateException(
          "open application vanished after a duplicate; retry the start", taken));
      if (running.test(holder)) {
        return Optional.of(holder);
      }
      // Conditional on the stale holder, so of two starts taking it over at once one wins.
      int moved = jdbc.sql("""
              UPDATE open_dibao_application SET business_key = ?, opened_at = ?
              WHERE id_number_hash = ? AND business_key = ?""")
          .params(businessKey, now, idNumberHash, holder).update();
      return moved == 1 ? Optional.empty() : holder(idNumberHash);
    }
  }

  Optional<String> holder(String idNumberHash) {
    return jdbc.sql("SELECT business_key FROM open_dibao_application WHERE id_number_hash = ?")
        .param(idNumberHash).query(String.class).optional();
  }

  /** Releases the people of a case that ended. */
  void release(String businessKey) {
    jdbc.sql("DELETE FROM open_dibao_application WHERE business_key = ?").param(businessKey).update();
  }
}
