package org.jiuzhu.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 低收入家庭 (002 §二(一)): per-capita income above the local 低保 standard and below {@code incomeMultiple} times
 * it, and cash, deposits, securities and claims per person at most {@code assetMonths} months of it. Per-person
 * limits are compared as household totals (limit × size), exactly.
 */
public final class LowIncomeTest {

  /** Where the household's per-capita income stands against the standard. */
  public enum Income { AT_OR_BELOW_STANDARD, LOW_INCOME, TOO_HIGH }

  /**
   * @param incomeCeiling per-capita income must stay below this (standard × multiple)
   * @param assetCeiling  assets per person may reach this (standard × months)
   */
  public record Assessment(Income income, boolean assetsWithinLimit, BigDecimal perCapitaIncome,
      BigDecimal assetsPerPerson, BigDecimal incomeCeiling, BigDecimal assetCeiling) {

    /** 低收入家庭 in the strict sense (P5: individuals of such households enrolled alone). */
    public boolean lowIncome() {
      return income == Income.LOW_INCOME && assetsWithinLimit;
    }

    /**
     * 生活困难参照低收入家庭条件认定 (002 §二(二)1): within the low-income limits; a household at or below the 低保
     * standard is poorer still and passes too.
     */
    public boolean inHardship() {
      return income != Income.TOO_HIGH && assetsWithinLimit;
    }

    /** Why the household is not in hardship, with its figures; empty when it is. */
    public List<String> reasons() {
      List<String> reasons = new ArrayList<>();
      if (income == Income.TOO_HIGH) {
        reasons.add("家庭人均月收入" + perCapitaIncome + "元，未低于低收入家庭标准" + incomeCeiling + "元");
      }
      if (!assetsWithinLimit) {
        reasons.add("人均现金、存款、有价证券及债权" + assetsPerPerson + "元，超过" + assetCeiling + "元");
      }
      return reasons;
    }
  }

  private final LowIncomeFactors factors;

  public LowIncomeTest(LowIncomeFactors factors) {
    this.factors = factors;
  }

  /** @param monthlyStandard the local 低保 standard per person and month, yuan */
  public Assessment assess(Household household, BigDecimal monthlyStandard) {
    BigDecimal size = BigDecimal.valueOf(household.size());
    BigDecimal income = household.totalMonthlyIncome();
    BigDecimal incomeCeiling = monthlyStandard.multiply(factors.incomeMultiple()).setScale(2);
    BigDecimal assetCeiling = monthlyStandard.multiply(BigDecimal.valueOf(factors.assetMonths())).setScale(2);
    Income standing = income.compareTo(monthlyStandard.multiply(size)) <= 0 ? Income.AT_OR_BELOW_STANDARD
        : income.compareTo(incomeCeiling.multiply(size)) < 0 ? Income.LOW_INCOME
        : Income.TOO_HIGH;
    boolean assetsOk = household.totalAssets().compareTo(assetCeiling.multiply(size)) <= 0;
    return new Assessment(standing, assetsOk, household.perCapitaIncome(), household.assetsPerPerson(), incomeCeiling,
        assetCeiling);
  }
}
