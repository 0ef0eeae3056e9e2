package org.jiuzhu.reservefund;

import java.math.BigDecimal;
import java.util.List;

import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/** The rules for money moved into a reserve fund, the same for the REST API and any other caller. */
public final class ReserveFundAmounts {

  /** Fits the balance column (DECIMAL(14,2)) with room for many top-ups. */
  public static final BigDecimal MAX_TOP_UP = new BigDecimal("100000000.00");
  public static final int MAX_NOTE = 200;

  private ReserveFundAmounts() {
  }

  /** The top-up amount in yuan, or null with the problem recorded against {@code field}. */
  public static BigDecimal topUp(Object value, String field, List<Problem> problems) {
    BigDecimal amount = Values.yuan(value, field, problems);
    if (amount == null) {
      return null;
    }
    if (amount.signum() <= 0) {
      problems.add(new Problem(field, "补充金额须大于0元"));
      return null;
    }
    if (amount.compareTo(MAX_TOP_UP) > 0) {
      problems.add(new Problem(field, "单次补充金额不超过" + MAX_TOP_UP.toPlainString() + "元"));
      return null;
    }
    return amount;
  }

  /** An optional note: null when absent, else stripped and at most {@link #MAX_NOTE} characters. */
  public static String note(Object value, String field, List<Problem> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return Values.text(value, field, MAX_NOTE, problems);
  }
}
