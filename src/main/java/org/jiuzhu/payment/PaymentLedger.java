package org.jiuzhu.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment ledger. A payment is keyed by case and installment; writing it commits together with the
 * engine's job, so a retried or concurrent attempt finds the line (or the key) and pays nothing more.
 */
@Repository
public class PaymentLedger {

  private final JdbcClient jdbc;

  public PaymentLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the payment unless this installment of the case is already paid; tells whether it paid now. */
  public boolean pay(String businessKey, int installment, BigDecimal amount, String applicantRef, Instant at) {
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount must be positive yuan with at most 2 decimals: " + amount);
    }
    if (isPaid(businessKey, installment)) {
      return false;
    }
    jdbc.sql("""
            INSERT INTO payment (business_key, installment, amount, status, applicant_ref, paid_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(businessKey, installment, amount.setScale(2), Payment.PAID, applicantRef,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
    return true;
  }

  public boolean isPaid(String businessKey, int installment) {
    return jdbc.sql("SELECT COUNT(*) FROM payment WHERE business_key = ? AND installment = ?")
        .params(businessKey, installment).query(Long.class).single() > 0;
  }

  public List<Payment> of(String businessKey) {
    // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
    return jdbc.sql("""
            SELECT business_key AS businessKey, installment, amount, status, paid_at AS paidAt, period FROM payment
            WHERE business_key = ? ORDER BY installment""")
        .param(businessKey)
        .query(Payment.class)
        .list();
  }
}
