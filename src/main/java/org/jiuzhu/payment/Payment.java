package org.jiuzhu.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One line of the payment ledger, as GET /api/payments shows it (no account number). */
public record Payment(String businessKey, int installment, BigDecimal amount, String status, OffsetDateTime paidAt) {

  public static final String PAID = "PAID";
}
