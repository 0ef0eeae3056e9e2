package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jiuzhu.standards.UrgencyTiers;
import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/**
 * The rules of the township's decision on an emergency (乡镇（街道）确定救助金额, 002 §四(一)(二)): a grant names the
 * urgency and its amount lies within the county's tier for it (根据急难程度分档设定救助标准) and at most the ceiling
 * for any emergency grant (jiuzhu.p2.max-amount); whether the township may approve it itself or the county must
 * is the approval-authority table's business, not this class's. A confirmed 低保 recipient is granted directly,
 * so the township may not refuse. The same rules as forms/p2-township-grant.form.
 */
public final class TownshipGrantDecision {

  static final String WHAT = "乡镇（街道）审核意见";

  /** What the township decided: refused (amount and urgency null, reason given) or granted. */
  public record Decision(boolean approved, BigDecimal amount, String urgency, boolean caseByCase,
      String refusalReason) {
  }

  private final BigDecimal maxAmount;

  public TownshipGrantDecision(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  /**
   * @param tierOf the county's tier for an urgency, null when the county has none for it
   * @throws InvalidInputException naming every field that breaks a rule
   */
  public Decision decide(Map<String, Object> v, boolean directGrant, Function<String, Tier> tierOf) {
    List<Problem> problems = new ArrayList<>();
    Boolean approved = Values.bool(v.get(TOWNSHIP_APPROVED), TOWNSHIP_APPROVED, problems);
    String opinion = Values.text(v.get(TOWNSHIP_OPINION), TOWNSHIP_OPINION, 2000, problems);
    if (Boolean.FALSE.equals(approved)) {
      if (directGrant) {
        problems.add(new Problem(TOWNSHIP_APPROVED, "已核实的低保对象直接给予救助，不能不予救助"));
      }
      InvalidInputException.throwIfAny(WHAT, problems);
      return new Decision(false, null, null, false, "经乡镇（街道）审核，不予救助：" + opinion);
    }
    BigDecimal amount = amount(v.get(APPROVED_AMOUNT), APPROVED_AMOUNT, maxAmount, problems);
    String urgency = urgency(v.get(URGENCY), problems);
    if (amount != null && urgency != null) {
      Tier tier = tierOf.apply(urgency);
      String name = UrgencyTiers.URGENCIES.get(urgency);
      if (tier == null) {
        problems.add(new Problem(URGENCY, "本县未设定急难程度为" + name + "的救助标准，请选择其他档次或联系县级民政部门"));
      } else if (!tier.contains(amount)) {
        problems.add(new Problem(APPROVED_AMOUNT, "急难程度为" + name + "的救助标准为" + tier.describe()
            + "，请按所选档次确定金额"));
      }
    }
    Object caseByCaseValue = v.get(CASE_BY_CASE);
    Boolean caseByCase = caseByCaseValue == null ? Boolean.FALSE : Values.bool(caseByCaseValue, CASE_BY_CASE, problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    return new Decision(true, amount, urgency, caseByCase, null);
  }

  /** An emergency grant in yuan: above zero, at most {@code max}, at most two decimals. */
  static BigDecimal amount(Object value, String field, BigDecimal max, List<Problem> problems) {
    BigDecimal amount = Values.yuan(value, field, problems);
    if (amount != null && amount.signum() <= 0) {
      problems.add(new Problem(field, "救助金额须大于0元"));
      return null;
    }
    if (amount != null && amount.compareTo(max) > 0) {
      problems.add(new Problem(field, "急难型临时救助金额不超过" + max.toPlainString() + "元（含）"));
      return null;
    }
    return amount;
  }

  private static String urgency(Object value, List<Problem> problems) {
    if (value == null || "".equals(value)) {
      problems.add(new Problem(URGENCY, "给予救助时须选择急难程度（一般、较重或严重）"));
      return null;
    }
    if (!UrgencyTiers.URGENCIES.containsKey(value)) {
      problems.add(new Problem(URGENCY, "急难程度须为 GENERAL（一般）、SERIOUS（较重）或 CRITICAL（严重）"));
      return null;
    }
    return (String) value;
  }
}
