package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/**
 * The county's own amount in a 一事一议 case (采取一事一议加大临时救助力度, 001 第5条; 县级协调机制研究解决一事一议,
 * 002 §五(一)): instead of approving the township's amount, the county approving the case may set a larger one,
 * at most the ceiling of any emergency grant (jiuzhu.p2.max-amount), and must say why. Not for other cases, and
 * not with a refusal.
 */
final class CountyAmountDecision {

  /** The county's amount and its reason, or nothing when the county approves or refuses the township's. */
  record CountyAmount(BigDecimal amount, String reason) {
  }

  private final BigDecimal maxAmount;

  CountyAmountDecision(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  /**
   * @param caseByCase     whether the township sent the case as 一事一议
   * @param townshipAmount the amount the township set
   * @return the county's amount, or null (none given, or a problem was recorded)
   */
  CountyAmount check(Map<String, Object> v, boolean caseByCase, BigDecimal townshipAmount, List<Problem> problems) {
    Object amountValue = v.get(COUNTY_AMOUNT);
    Object reasonValue = v.get(COUNTY_AMOUNT_REASON);
    if (blank(amountValue)) {
      if (!blank(reasonValue)) {
        problems.add(new Problem(COUNTY_AMOUNT_REASON, "只在县级核定救助金额时填写"));
      }
      return null;
    }
    Object approved = v.get("countyApproved");
    if (Boolean.FALSE.equals(approved) || "false".equals(approved)) {
      problems.add(new Problem(COUNTY_AMOUNT, "不同意救助时不核定救助金额"));
      return null;
    }
    if (!caseByCase) {
      problems.add(new Problem(COUNTY_AMOUNT, "只有一事一议的案件由县级核定救助金额；其他案件请同意或不同意乡镇（街道）确定的金额"));
      return null;
    }
    BigDecimal amount = TownshipGrantDecision.amount(amountValue, COUNTY_AMOUNT, maxAmount, problems);
    if (amount != null && amount.compareTo(townshipAmount) <= 0) {
      problems.add(new Problem(COUNTY_AMOUNT, "县级核定金额须大于乡镇（街道）确定的" + townshipAmount.toPlainString()
          + "元；同意乡镇（街道）的金额时不填写"));
      amount = null;
    }
    String reason = blank(reasonValue) ? null : Values.text(reasonValue, COUNTY_AMOUNT_REASON, 2000, problems);
    if (blank(reasonValue)) {
      problems.add(new Problem(COUNTY_AMOUNT_REASON, "县级核定救助金额时须写明加大救助力度的理由"));
    }
    return amount == null || reason == null ? null : new CountyAmount(amount, reason);
  }

  private static boolean blank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }
}
