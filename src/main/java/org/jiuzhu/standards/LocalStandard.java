package org.jiuzhu.standards;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 当地标准: a county's monthly urban and rural 低保 standards and minimum wage, in yuan, from a date on. */
public record LocalStandard(String countyCode, LocalDate effectiveFrom, BigDecimal urbanDibao, BigDecimal ruralDibao,
    BigDecimal minimumWage) {

  public LocalStandard {
    urbanDibao = yuan("urbanDibao", urbanDibao);
    ruralDibao = yuan("ruralDibao", ruralDibao);
    minimumWage = yuan("minimumWage", minimumWage);
  }

  private static BigDecimal yuan(String field, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(field + ": 须为大于0、最多两位小数的金额（元）");
    }
    return amount.setScale(2);
  }
}
