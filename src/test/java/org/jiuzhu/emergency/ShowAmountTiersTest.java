package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.junit.jupiter.api.Test;

/** The sentence the township reads above the amount: the county's tiers, or that it has none. */
class ShowAmountTiersTest {

  @Test
  void theCountysTiersThenWhatToDo() {
    assertThat(ShowAmountTiers.note(Map.of("一般", new Tier(new BigDecimal("100.00"), new BigDecimal("500.00")))))
        .startsWith("本县按急难程度分档的救助标准：一般100.00至500.00元。请先选择急难程度");
  }

  @Test
  void aCountyWithoutTiersIsToldToAskTheCounty() {
    assertThat(ShowAmountTiers.note(Map.of())).contains("尚未设定").contains("县级民政部门");
  }
}
