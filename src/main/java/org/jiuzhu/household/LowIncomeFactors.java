package org.jiuzhu.household;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy numbers of the low-income household test (002 §二(一)), in configuration so the province can
 * revise them: per-capita income below {@code incomeMultiple} × the 低保 standard, and assets per person at
 * most {@code assetMonths} months of it.
 */
@ConfigurationProperties("jiuzhu.low-income")
public record LowIncomeFactors(BigDecimal incomeMultiple, int assetMonths) {

  public LowIncomeFactors {
    if (incomeMultiple == null || incomeMultiple.compareTo(BigDecimal.ONE) <= 0 || assetMonths <= 0) {
      throw new IllegalArgumentException("jiuzhu.low-income: income-multiple must exceed 1 and asset-months be positive");
    }
  }
}
