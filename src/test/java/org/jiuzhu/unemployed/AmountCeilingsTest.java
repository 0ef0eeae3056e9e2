package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.junit.jupiter.api.Test;

/** The sentence a township reads above the amount field, from the county's tiers and the legal maximum. */
class AmountCeilingsTest {

  @Test
  void theTiersInOrderThenTheLegalMaximum() {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    tiers.put("一般", new Tier(null, new BigDecimal("500.00")));
    tiers.put("严重", new Tier(null, new BigDecimal("1000.00")));
    assertThat(AmountCeilings.note(tiers, new BigDecimal("1000.00")))
        .isEqualTo("本县按急难程度：一般不超过500.00元，严重不超过1000.00元；每人一次性救助不超过1000.00元（含）。");
  }

  @Test
  void aCountyWithoutTiersReadsTheLegalMaximumOnly() {
    assertThat(AmountCeilings.note(Map.of(), new BigDecimal("1000.00"))).isEqualTo("每人一次性救助不超过1000.00元（含）。");
  }
}
