package org.jiuzhu.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One line of the payment ledger, as GET /api/payments shows it (no account number).
 *
 * @param period the month a monthly payment pays for (yyyy-MM), null for one-off grants and installments
 */
public record Payment(String businessKey, int installment, BigDecimal amount, String status, OffsetDateTime paidAt,
    String period) {

  public static final String PAID = "PAID";
}
