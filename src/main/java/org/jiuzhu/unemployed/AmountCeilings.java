package org.jiuzhu.unemployed;

import java.math.BigDecimal;
import java.util.Map;

import org.jiuzhu.standards.UrgencyTiers;
import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.springframework.stereotype.Component;

/** The county's P1 amount tiers by urgency, from the DMN table an admin revises (p1-amount-ceiling.dmn). */
@Component
class AmountCeilings {

  static final String DECISION = "unemployed-assistance-amount-ceiling";

  private final UrgencyTiers tiers;

  AmountCeilings(UrgencyTiers tiers) {
    this.tiers = tiers;
  }

  /** The county's tier for the urgency; null when the table has no row for it. */
  BigDecimal ceiling(String countyCode, String urgency) {
    Tier tier = tiers.tier(DECISION, countyCode, urgency);
    return tier == null ? null : tier.maximum();
  }

  /** Each urgency's tier for the county, by what staff call the urgency, those without a row left out. */
  Map<String, Tier> tiers(String countyCode) {
    return tiers.tiers(DECISION, countyCode);
  }

  /**
   * What the township reads before typing an amount: the county's tiers and the legal maximum, in one sentence.
   */
  static String note(Map<String, Tier> tiers, BigDecimal legalMaximum) {
    StringBuilder note = new StringBuilder();
    if (!tiers.isEmpty()) {
      note.append("本县按急难程度：").append(UrgencyTiers.describe(tiers)).append("；");
    }
    return note.append("每人一次性救助不超过").append(legalMaximum.toPlainString()).append("元（含）。").toString();
  }
}
