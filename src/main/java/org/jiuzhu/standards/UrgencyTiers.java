package org.jiuzhu.standards;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A county's amount tiers by urgency (急难程度分档的救助标准), read from a DMN table an admin revises: each row takes
 * countyCode and urgency and gives the tier's {@code maximum} and, where the table has one, its {@code minimum}
 * (yuan). P1's ceilings (p1-amount-ceiling.dmn) and P2's tiers (p2-amount-tiers.dmn) are such tables.
 */
@Component
public class UrgencyTiers {

  /** The urgencies the tables know, in order, with what staff call them. */
  public static final Map<String, String> URGENCIES = urgencies();

  /** One tier in yuan; {@code minimum} is null where the table sets only a ceiling. */
  public record Tier(BigDecimal minimum, BigDecimal maximum) {

    public boolean contains(BigDecimal amount) {
      return (minimum == null || amount.compareTo(minimum) >= 0) && amount.compareTo(maximum) <= 0;
    }

    /** As staff read it: 不超过500.00元, or 500.00至1000.00元. */
    public String describe() {
      return minimum == null ? "不超过" + maximum.toPlainString() + "元"
          : minimum.toPlainString() + "至" + maximum.toPlainString() + "元";
    }
  }

  private final DecisionService decisions;

  UrgencyTiers(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The county's tier for the urgency in the table {@code decisionKey}; null when the table has no row for it. */
  public Tier tier(String decisionKey, String countyCode, String urgency) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(decisionKey)
        .variables(Variables.createVariables().putValue("countyCode", countyCode).putValue("urgency", urgency))
        .evaluate()
        .getSingleResult();
    Object maximum = row == null ? null : row.get("maximum");
    return maximum == null ? null : new Tier(yuan(row.get("minimum")), yuan(maximum));
  }

  /** Each urgency's tier for the county, by what staff call the urgency, those without a row left out. */
  public Map<String, Tier> tiers(String decisionKey, String countyCode) {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    URGENCIES.forEach((urgency, name) -> {
      Tier tier = tier(decisionKey, countyCode, urgency);
      if (tier != null) {
        tiers.put(name, tier);
      }
    });
    return tiers;
  }

  /** The tiers in one phrase: 一般不超过300.00元，较重不超过600.00元. */
  public static String describe(Map<String, Tier> tiers) {
    StringJoiner phrase = new StringJoiner("，");
    tiers.forEach((name, tier) -> phrase.add(name + tier.describe()));
    return phrase.toString();
  }

  private static BigDecimal yuan(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).setScale(2);
  }

  private static Map<String, String> urgencies() {
    Map<String, String> urgencies = new LinkedHashMap<>();
    urgencies.put("GENERAL", "一般");
    urgencies.put("SERIOUS", "较重");
    urgencies.put("CRITICAL", "严重");
    return Collections.unmodifiableMap(urgencies);
  }
}
