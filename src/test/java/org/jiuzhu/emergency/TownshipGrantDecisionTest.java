package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jiuzhu.standards.UrgencyTiers.Tier;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipGrantDecisionTest {

  final TownshipGrantDecision rules = new TownshipGrantDecision(new BigDecimal("20000.00"));

  /** A county with 一般 100–500 and 严重 1000–20000 and no row for 较重. */
  static final Function<String, Tier> TIERS = urgency -> switch (urgency) {
    case "GENERAL" -> new Tier(new BigDecimal("100.00"), new BigDecimal("500.00"));
    case "CRITICAL" -> new Tier(new BigDecimal("1000.00"), new BigDecimal("20000.00"));
    default -> null;
  };

  @Test
  void aGrantKeepsTheAmountInYuanTheUrgencyAndTheCaseByCaseFlag() {
    TownshipGrantDecision.Decision d = rules.decide(Map.of("townshipApproved", "true", "townshipOpinion", "同意",
        "urgency", "CRITICAL", "approvedAmount", 20000, "caseByCase", "true"), false, TIERS);

    assertThat(d.approved()).isTrue();
    assertThat(d.amount()).hasToString("20000.00");
    assertThat(d.urgency()).isEqualTo("CRITICAL");
    assertThat(d.caseByCase()).isTrue();
    assertThat(d.refusalReason()).isNull();
  }

  @Test
  void caseByCaseIsOptional() {
    assertThat(rules.decide(Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL",
        "approvedAmount", "100"), false, TIERS).caseByCase()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"99.99", "500.01"})
  void anAmountOutsideTheChosenTierIsNamedWithTheTier(String amount) {
    assertThatThrownBy(() -> rules.decide(Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "urgency", "GENERAL", "approvedAmount", amount), false, TIERS))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("approvedAmount");
          assertThat(p.rule()).contains("一般").contains("100.00至500.00元");
        }));
  }

  @Test
  void theTiersBoundsBelongToIt() {
    assertThat(rules.decide(Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL",
        "approvedAmount", "500"), false, TIERS).amount()).hasToString("500.00");
  }

  @Test
  void aGrantNeedsAnUrgencyTheCountyHasATierFor() {
    Map<String, Object> v = new HashMap<>(Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "300"));
    assertThatThrownBy(() -> rules.decide(v, false, TIERS)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("urgency").hasMessageContaining("须选择急难程度");
    v.put("urgency", "SERIOUS");
    assertThatThrownBy(() -> rules.decide(v, false, TIERS)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("urgency").hasMessageContaining("未设定");
    v.put("urgency", "URGENT");
    assertThatThrownBy(() -> rules.decide(v, false, TIERS)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("urgency").hasMessageContaining("GENERAL");
  }

  @Test
  void aRefusalGivesTheOpinionAsReasonAndNeedsNoAmountNorUrgency() {
    TownshipGrantDecision.Decision d = rules.decide(Map.of("townshipApproved", false, "townshipOpinion", "不属实"),
        false, TIERS);

    assertThat(d.approved()).isFalse();
    assertThat(d.amount()).isNull();
    assertThat(d.urgency()).isNull();
    assertThat(d.refusalReason()).isEqualTo("经乡镇（街道）审核，不予救助：不属实");
  }

  @Test
  void aDirectGrantCannotBeRefused() {
    assertThatThrownBy(() -> rules.decide(Map.of("townshipApproved", false, "townshipOpinion", "不予"), true, TIERS))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("townshipApproved")
        .hasMessageContaining("低保");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.01", "20000.01", "1.001", "十元", ""})
  void aWrongAmountIsNamed(String amount) {
    Map<String, Object> v = new HashMap<>(Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "urgency", "CRITICAL"));
    v.put("approvedAmount", amount);

    assertThatThrownBy(() -> rules.decide(v, false, TIERS)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("approvedAmount")));
  }

  @Test
  void everyMissingAnswerIsListedAtOnce() {
    assertThatThrownBy(() -> rules.decide(Map.of(), false, TIERS)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("townshipApproved").hasMessageContaining("townshipOpinion")
        .hasMessageContaining("approvedAmount").hasMessageContaining("urgency");
  }
}
