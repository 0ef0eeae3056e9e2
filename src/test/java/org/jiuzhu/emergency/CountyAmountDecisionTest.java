package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiuzhu.validation.Problem;
import org.junit.jupiter.api.Test;

/** The county's own amount in a 一事一议 case: larger than the township's, within the ceiling, with a reason. */
class CountyAmountDecisionTest {

  static final BigDecimal TOWNSHIP = new BigDecimal("3000.00");

  final CountyAmountDecision rules = new CountyAmountDecision(new BigDecimal("20000.00"));
  final List<Problem> problems = new ArrayList<>();

  @Test
  void aLargerAmountWithItsReasonIsTheCountys() {
    CountyAmountDecision.CountyAmount own = rules.check(Map.of("countyApproved", "true", "countyAmount", "8000",
        "countyAmountReason", " 因病死亡，加大救助力度 "), true, TOWNSHIP, problems);

    assertThat(problems).isEmpty();
    assertThat(own.amount()).hasToString("8000.00");
    assertThat(own.reason()).isEqualTo("因病死亡，加大救助力度");
  }

  @Test
  void noAmountIsNoneOfTheCountysAndNeedsNoReason() {
    assertThat(rules.check(Map.of("countyApproved", true), true, TOWNSHIP, problems)).isNull();
    assertThat(rules.check(Map.of("countyApproved", true, "countyAmount", "", "countyAmountReason", " "), true,
        TOWNSHIP, problems)).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void aReasonWithoutAnAmountIsNamed() {
    rules.check(Map.of("countyApproved", true, "countyAmountReason", "加大"), true, TOWNSHIP, problems);
    assertThat(problems).extracting(Problem::field).containsExactly("countyAmountReason");
  }

  @Test
  void anAmountNotAboveTheTownshipsOrAboveTheCeilingIsNamed() {
    rules.check(Map.of("countyApproved", true, "countyAmount", "3000", "countyAmountReason", "加大"), true, TOWNSHIP,
        problems);
    rules.check(Map.of("countyApproved", true, "countyAmount", "20000.01", "countyAmountReason", "加大"), true,
        TOWNSHIP, problems);
    assertThat(problems).extracting(Problem::field).containsExactly("countyAmount", "countyAmount");
    assertThat(problems.get(0).rule()).contains("3000.00");
    assertThat(problems.get(1).rule()).contains("20000.00");
  }

  @Test
  void anAmountWithoutAReasonNamesTheReason() {
    rules.check(Map.of("countyApproved", true, "countyAmount", "8000"), true, TOWNSHIP, problems);
    assertThat(problems).extracting(Problem::field).containsExactly("countyAmountReason");
  }

  @Test
  void onlyACaseByCaseCaseTheCountyApprovesTakesItsAmount() {
    Map<String, Object> v = new HashMap<>(Map.of("countyApproved", true, "countyAmount", "8000",
        "countyAmountReason", "加大"));
    rules.check(v, false, TOWNSHIP, problems);
    v.put("countyApproved", "false");
    rules.check(v, true, TOWNSHIP, problems);
    assertThat(problems).extracting(Problem::field).containsExactly("countyAmount", "countyAmount");
    assertThat(problems.get(0).rule()).contains("一事一议");
    assertThat(problems.get(1).rule()).contains("不同意");
  }
}
