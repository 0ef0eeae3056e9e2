package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipGrantDecisionTest {

  final TownshipGrantDecision rules = new TownshipGrantDecision(new BigDecimal("20000.00"));

  @Test
  void aGrantKeepsTheAmountInYuanAndTheCaseByCaseFlag() {
    TownshipGrantDecision.Decision d = rules.decide(Map.of("townshipApproved", "true", "townshipOpinion", "同意",
        "approvedAmount", 20000, "caseByCase", "true"), false);

    assertThat(d.approved()).isTrue();
    assertThat(d.amount()).hasToString("20000.00");
    assertThat(d.caseByCase()).isTrue();
    assertThat(d.refusalReason()).isNull();
  }

  @Test
  void caseByCaseIsOptional() {
    assertThat(rules.decide(Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "1.5"), false)
        .caseByCase()).isFalse();
  }

  @Test
  void aRefusalGivesTheOpinionAsReasonAndNeedsNoAmount() {
    TownshipGrantDecision.Decision d = rules.decide(Map.of("townshipApproved", false, "townshipOpinion", "不属实"), false);

    assertThat(d.approved()).isFalse();
    assertThat(d.amount()).isNull();
    assertThat(d.refusalReason()).isEqualTo("经乡镇（街道）审核，不予救助：不属实");
  }

  @Test
  void aDirectGrantCannotBeRefused() {
    assertThatThrownBy(() -> rules.decide(Map.of("townshipApproved", false, "townshipOpinion", "不予"), true))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("townshipApproved")
        .hasMessageContaining("低保");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.01", "20000.01", "1.001", "十元", ""})
  void aWrongAmountIsNamed(String amount) {
    Map<String, Object> v = new HashMap<>(Map.of("townshipApproved", true, "townshipOpinion", "同意"));
    v.put("approvedAmount", amount);

    assertThatThrownBy(() -> rules.decide(v, false)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("approvedAmount")));
  }

  @Test
  void everyMissingAnswerIsListedAtOnce() {
    assertThatThrownBy(() -> rules.decide(Map.of(), false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("townshipApproved").hasMessageContaining("townshipOpinion")
        .hasMessageContaining("approvedAmount");
  }
}
