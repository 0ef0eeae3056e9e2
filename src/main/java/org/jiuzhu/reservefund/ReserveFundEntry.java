package org.jiuzhu.reservefund;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One movement of a township's reserve fund: a top-up (positive amount) or a grant (negative), with the balance
 * it left, the case it paid (grants), who recorded it and when.
 */
public record ReserveFundEntry(long id, String townshipCode, String kind, BigDecimal amount, BigDecimal balanceAfter,
    String businessKey, String recordedBy, String note, OffsetDateTime recordedAt) {

  public static final String TOP_UP = "TOP_UP";
  public static final String GRANT = "GRANT";
}
