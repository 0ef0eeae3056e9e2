package org.jiuzhu.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.junit.jupiter.api.Test;

/** A tier's bounds and how staff read the tiers. */
class UrgencyTiersTest {

  static final Tier SERIOUS = new Tier(new BigDecimal("500.00"), new BigDecimal("1000.00"));
  static final Tier CEILING_ONLY = new Tier(null, new BigDecimal("300.00"));

  @Test
  void aTierHoldsItsBoundsAndNothingOutside() {
    assertThat(SERIOUS.contains(new BigDecimal("500"))).isTrue();
    assertThat(SERIOUS.contains(new BigDecimal("1000.00"))).isTrue();
    assertThat(SERIOUS.contains(new BigDecimal("499.99"))).isFalse();
    assertThat(SERIOUS.contains(new BigDecimal("1000.01"))).isFalse();
    assertThat(CEILING_ONLY.contains(new BigDecimal("0.01"))).isTrue();
    assertThat(CEILING_ONLY.contains(new BigDecimal("300.01"))).isFalse();
  }

  @Test
  void theTiersReadInTheTablesOrder() {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    tiers.put("一般", CEILING_ONLY);
    tiers.put("较重", SERIOUS);
    assertThat(UrgencyTiers.describe(tiers)).isEqualTo("一般不超过300.00元，较重500.00至1000.00元");
  }
}
