package org.jiuzhu.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InstallmentRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  final InstallmentRules rules = new InstallmentRules(12);
  final List<Problem> problems = new ArrayList<>();

  @ParameterizedTest(name = "{0} yuan in {1}")
  @CsvSource({"3000.01, 6", "0.05, 5", "0.07, 3", "1000.00, 3", "18240.00, 12", "99.99, 1", "10000.00, 7"})
  void monthlyAmountsAddUpToTheFenAndDifferByAtMostOneFen(String total, int count) {
    InstallmentPlan plan = rules.plan(new BigDecimal(total), count, "2026-03-31", null, TODAY, problems);

    assertThat(problems).isEmpty();
    assertThat(plan.count()).isEqualTo(count);
    assertThat(plan.total()).isEqualTo(new BigDecimal(total));
    List<BigDecimal> amounts = plan.installments().stream().map(Installment::amount).toList();
    assertThat(amounts).allSatisfy(a -> {
      assertThat(a.scale()).isEqualTo(2);
      assertThat(a.signum()).isPositive();
    });
    BigDecimal max = amounts.stream().max(BigDecimal::compareTo).orElseThrow();
    BigDecimal min = amounts.stream().min(BigDecimal::compareTo).orElseThrow();
    assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
    assertThat(plan.installments()).extracting(Installment::number).startsWith(1).endsWith(count);
  }

  @Test
  void monthlyDaysCountFromTheFirstDaySoMonthEndsAreKept() {
    InstallmentPlan plan = rules.plan(new BigDecimal("1000.00"), 4, "2026-01-31", null, LocalDate.of(2026, 1, 31), problems);

    assertThat(plan.installments()).extracting(Installment::payOn).containsExactly(LocalDate.of(2026, 1, 31),
        LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
    assertThat(plan.installments()).extracting(i -> i.amount().toPlainString())
        .containsExactly("250.00", "250.00", "250.00", "250.00");
  }

  @Test
  void theRemainderGoesToTheFirstInstallments() {
    InstallmentPlan plan = rules.plan(new BigDecimal("100.02"), 3, "2026-03-02", null, TODAY, problems);

    assertThat(plan.installments()).extracting(i -> i.amount().toPlainString())
        .containsExactly("33.34", "33.34", "33.34");
    plan = rules.plan(new BigDecimal("100.00"), 3, "2026-03-02", null, TODAY, problems);
    assertThat(plan.installments()).extracting(i -> i.amount().toPlainString())
        .containsExactly("33.34", "33.33", "33.33");
  }

  @ParameterizedTest(name = "count {0}, first {1} → {2}")
  @CsvSource({
      "0, 2026-04-01, installmentCount：分期次数须为1至12次",
      "13, 2026-04-01, installmentCount：分期次数须为1至12次",
      "two, 2026-04-01, installmentCount：须为整数",
      "3, 2026-03-01, firstInstallmentDate：首次发放日期不能早于今天（2026-03-02）",
      "3, 2026-02-30, firstInstallmentDate：须为日期，格式如 2026-11-02",
      "3, , firstInstallmentDate：必填（日期，如 2026-11-02）"})
  void monthlyScheduleRulesNameTheirField(String count, String first, String problem) {
    assertThat(rules.plan(new BigDecimal("1000.00"), count, first, null, TODAY, problems)).isNull();

    assertThat(problems).extracting(Problem::toString).containsExactly(problem);
  }

  @Test
  void moreInstallmentsThanFenIsRefused() {
    assertThat(rules.plan(new BigDecimal("0.02"), 3, "2026-04-01", null, TODAY, problems)).isNull();
    assertThat(problems).extracting(Problem::field).containsExactly("installmentCount");
  }

  @Test
  void anExplicitListThatAddsUpIsTakenAsGiven() {
    InstallmentPlan plan = rules.plan(new BigDecimal("1000.00"), null, null,
        "[{\"payOn\":\"2026-03-02\",\"amount\":\"700.5\"},{\"payOn\":\"2026-06-30\",\"amount\":299.50}]", TODAY, problems);

    assertThat(problems).isEmpty();
    assertThat(plan.installments()).containsExactly(
        new Installment(1, LocalDate.of(2026, 3, 2), new BigDecimal("700.50")),
        new Installment(2, LocalDate.of(2026, 6, 30), new BigDecimal("299.50")));
    assertThat(InstallmentPlan.fromJson(plan.toJson())).isEqualTo(plan);
  }

  @Test
  void anExplicitListIsCheckedInFullAndEveryProblemNamed() {
    rules.plan(new BigDecimal("1000.00"), null, null, """
        [{"payOn":"2026-03-01","amount":"100"},{"payOn":"2026-04-01","amount":"0"},
         {"payOn":"2026-04-01","amount":"100.001"},{"amount":"100"}]""", TODAY, problems);

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "installments[1].payOn：发放日期不能早于今天（2026-03-02）",
        "installments[2].amount：每期金额须大于0元",
        "installments[3].amount：金额最多保留两位小数（分）",
        "installments[3].payOn：发放日期须晚于上一期（2026-04-01）",
        "installments[4].payOn：必填（日期，如 2026-11-02）");
  }

  @Test
  void anExplicitListMustAddUpToTheTotalToTheFen() {
    assertThat(rules.plan(new BigDecimal("1000.00"), null, null,
        "[{\"payOn\":\"2026-04-01\",\"amount\":\"500.00\"},{\"payOn\":\"2026-05-01\",\"amount\":\"499.99\"}]",
        TODAY, problems)).isNull();

    assertThat(problems).extracting(Problem::toString)
        .containsExactly("installments：各期金额合计999.99元，须等于救助金额1000.00元");
  }

  @Test
  void anExplicitListNoLongerThanTheMaximum() {
    String thirteen = "[" + String.join(",", java.util.Collections.nCopies(13, "{\"payOn\":\"2026-04-01\",\"amount\":\"1\"}")) + "]";
    rules.plan(new BigDecimal("13.00"), null, null, thirteen, TODAY, problems);
    rules.plan(new BigDecimal("13.00"), null, null, "[]", TODAY, problems);
    rules.plan(new BigDecimal("13.00"), null, null, "{\"payOn\":\"2026-04-01\"}", TODAY, problems);

    assertThat(problems).extracting(Problem::field).containsExactly("installments", "installments", "installments");
    assertThat(problems.get(0).rule()).isEqualTo("分期次数不能超过12次");
  }

  @Test
  void aMaximumBelowOneIsAConfigurationError() {
    assertThatThrownBy(() -> new InstallmentRules(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
