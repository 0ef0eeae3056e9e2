package org.jiuzhu.reservefund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 临时救助备用金: each township's balance and the ledger of its movements. A grant is one conditional update,
 * so two grants at the same moment cannot both take the last of the money; the row stays locked until the
 * case's transaction ends, so the balance written into the entry is the one the grant left.
 */
@Repository
public class ReserveFunds {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public ReserveFunds(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The balance, zero for a township whose fund was never topped up. */
  public BigDecimal balance(String townshipCode) {
    return jdbc.sql("SELECT balance FROM reserve_fund WHERE township_code = ?").param(townshipCode)
        .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO.setScale(2)).setScale(2);
  }

  /** Adds money to the fund (opening it on the first top-up); returns the entry. */
  public ReserveFundEntry topUp(String townshipCode, BigDecimal amount, String recordedBy, String note, Instant at) {
    positive(amount);
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    if (add(townshipCode, amount, when) == 0) {
      try {
        savepoint.executeWithoutResult(s -> jdbc.sql(
                "INSERT INTO reserve_fund (township_code, balance, updated_at) VALUES (?, 0, ?)")
            .params(townshipCode, when).update());
      } catch (DuplicateKeyException openedMeanwhile) {
        // another top-up opened the fund first; adding to it is right
      }
      add(townshipCode, amount, when);
    }
    return record(townshipCode, ReserveFundEntry.TOP_UP, amount, null, recordedBy, note, when);
  }

  /**
   * Draws a grant for a case if the balance covers it, in one conditional update; empty (nothing changed) when it
   * would overdraw the fund. A case that already drew the same amount returns its earlier entry and draws nothing
   * more (a retry). Another decision on the same case that committed first (seen as an earlier grant of another
   * amount, or found after waiting for the fund's row) makes this one a lost race, 409, never a second grant nor
   * a false "not enough money".
   */
  public Optional<ReserveFundEntry> draw(String townshipCode, BigDecimal amount, String businessKey,
      String recordedBy, Instant at) {
    positive(amount);
    Optional<ReserveFundEntry> earlier = grantOf(businessKey);
    if (earlier.isPresent()) {
      if (earlier.get().amount().negate().compareTo(amount) != 0) {
        throw decidedMeanwhile(businessKey);
      }
      return earlier;
    }
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    int drawn = jdbc.sql("""
            UPDATE reserve_fund SET balance = balance - ?, updated_at = ?
            WHERE township_code = ? AND balance >= ?""")
        .params(amount, when, townshipCode, amount).update();
    if (drawn == 0) {
      if (grantOf(businessKey).isPresent()) {
        throw decidedMeanwhile(businessKey);
      }
      return Optional.empty();
    }
    try {
      return Optional.of(record(townshipCode, ReserveFundEntry.GRANT, amount.negate(), businessKey, recordedBy, null,
          when));
    } catch (DuplicateKeyException grantedMeanwhile) {
      // the case's grant committed while this one waited for the fund's row; this transaction rolls back
      throw decidedMeanwhile(businessKey);
    }
  }

  private static OptimisticLockingException decidedMeanwhile(String businessKey) {
    return new OptimisticLockingException("case " + businessKey + " drew from the reserve fund in another decision");
  }

  public Optional<ReserveFundEntry> grantOf(String businessKey) {
    return jdbc.sql(SELECT_ENTRY + " WHERE business_key = ? AND kind = ?")
        .params(businessKey, ReserveFundEntry.GRANT).query(ReserveFundEntry.class).optional();
  }

  /** The ledger of a township's fund, newest first. */
  public List<ReserveFundEntry> entries(String townshipCode, int limit) {
    return jdbc.sql(SELECT_ENTRY + " WHERE township_code = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
        .params(townshipCode, limit).query(ReserveFundEntry.class).list();
  }

  /** The sum of all entries: equals the balance unless the ledger was bypassed. */
  public BigDecimal ledgerTotal(String townshipCode) {
    return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM reserve_fund_entry WHERE township_code = ?")
        .param(townshipCode).query(BigDecimal.class).single().setScale(2);
  }

  // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
  private static final String SELECT_ENTRY = """
      SELECT id, township_code AS townshipCode, kind, amount, balance_after AS balanceAfter,
        business_key AS businessKey, recorded_by AS recordedBy, note, recorded_at AS recordedAt
      FROM reserve_fund_entry""";

  private int add(String townshipCode, BigDecimal amount, OffsetDateTime when) {
    return jdbc.sql("UPDATE reserve_fund SET balance = balance + ?, updated_at = ? WHERE township_code = ?")
        .params(amount, when, townshipCode).update();
  }

  /** Written while this transaction holds the fund's row, so balance_after is exactly what this movement left. */
  private ReserveFundEntry record(String townshipCode, String kind, BigDecimal amount, String businessKey,
      String recordedBy, String note, OffsetDateTime when) {
    BigDecimal after = balance(townshipCode);
    jdbc.sql("""
            INSERT INTO reserve_fund_entry
              (township_code, kind, amount, balance_after, business_key, recorded_by, note, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(townshipCode, kind, amount, after, businessKey, recordedBy, note, when).update();
    return entries(townshipCode, 1).get(0);
  }

  private static void positive(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount must be positive yuan with at most 2 decimals: " + amount);
    }
  }
}
