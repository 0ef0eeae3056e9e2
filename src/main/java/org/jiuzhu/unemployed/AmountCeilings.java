package org.jiuzhu.unemployed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The county's P1 amount tiers by urgency, from the DMN table an admin revises (p1-amount-ceiling.dmn). */
@Component
class AmountCeilings {

  static final String DECISION = "unemployed-assistance-amount-ceiling";
  /** The urgencies of the table, in order, with what staff call them. */
  static final Map<String, String> URGENCIES = urgencies();

  private final DecisionService decisions;

  AmountCeilings(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The county's tier for the urgency; null when the table has no row for it. */
  BigDecimal ceiling(String countyCode, String urgency) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables().putValue("countyCode", countyCode).putValue(P1Variables.URGENCY, urgency))
        .evaluate()
        .getSingleResult();
    Object ceiling = row == null ? null : row.getSingleEntry();
    return ceiling == null ? null : new BigDecimal(ceiling.toString()).setScale(2);
  }

  /** Each urgency's tier for the county, by what staff call the urgency, those without a row left out. */
  Map<String, BigDecimal> tiers(String countyCode) {
    Map<String, BigDecimal> tiers = new LinkedHashMap<>();
    URGENCIES.forEach((urgency, name) -> {
      BigDecimal ceiling = ceiling(countyCode, urgency);
      if (ceiling != null) {
        tiers.put(name, ceiling);
      }
    });
    return tiers;
  }

  /**
   * What the township reads before typing an amount: the county's tiers and the legal maximum, in one sentence.
   */
  static String note(Map<String, BigDecimal> tiers, BigDecimal legalMaximum) {
    StringBuilder note = new StringBuilder();
    if (!tiers.isEmpty()) {
      note.append("本县按急难程度：");
      tiers.forEach((name, ceiling) -> note.append(name).append("不超过").append(ceiling.toPlainString()).append("元，"));
      note.setLength(note.length() - 1);
      note.append("；");
    }
    return note.append("每人一次性救助不超过").append(legalMaximum.toPlainString()).append("元（含）。").toString();
  }

  private static Map<String, String> urgencies() {
    Map<String, String> urgencies = new LinkedHashMap<>();
    urgencies.put("GENERAL", "一般");
    urgencies.put("SERIOUS", "较重");
    urgencies.put("CRITICAL", "严重");
    return urgencies;
  }
}
