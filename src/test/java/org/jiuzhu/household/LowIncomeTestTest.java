package org.jiuzhu.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.household.LowIncomeTest.Income;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 低收入家庭 test with figures checked by hand, at a standard of 760.00 yuan (2× = 1520.00, 24 months = 18240.00). */
class LowIncomeTestTest {

  static final LowIncomeTest TEST = new LowIncomeTest(new LowIncomeFactors(new BigDecimal("2"), 24));
  static final BigDecimal STANDARD = new BigDecimal("760.00");
  static final String[] IDS = {HouseholdTest.APPLICANT, HouseholdTest.SPOUSE, HouseholdTest.CHILD};

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // case; member incomes; total assets; income standing; assets ok; low income; in hardship
      "no income;                             0.00;                0.00;      AT_OR_BELOW_STANDARD; true;  false; true",
      "exactly the standard is not above it;  760.00;              0.00;      AT_OR_BELOW_STANDARD; true;  false; true",
      "a fen above the standard;              760.01;              0.00;      LOW_INCOME;           true;  true;  true",
      "three at 1000 per capita;              1500.00 1500.00 0.00; 0.00;     LOW_INCOME;           true;  true;  true",
      "a fen below twice the standard;        1519.99;             0.00;      LOW_INCOME;           true;  true;  true",
      "exactly twice is not below it;         1520.00;             0.00;      TOO_HIGH;             true;  false; false",
      "two at 1520 per capita;                3040.00 0.00;        0.00;      TOO_HIGH;             true;  false; false",
      "assets of exactly 24 months;           1000.00;             18240.00;  LOW_INCOME;           true;  true;  true",
      "assets a fen over 24 months;           1000.00;             18240.01;  LOW_INCOME;           false; false; false",
      "three people with 54720 in assets;     1000.00 1000.00 1000.00; 54720.00; LOW_INCOME;       true;  true;  true",
      "three people with 54720.01 in assets;  1000.00 1000.00 1000.00; 54720.01; LOW_INCOME;       false; false; false",
      "poor in income but rich in assets;     0.00 0.00;           40000.00;  AT_OR_BELOW_STANDARD; false; false; false",
      "per capita 1519.995 is below 1520;     1519.99 1520.00;     0.00;      LOW_INCOME;           true;  true;  true"
  })
  void lowIncomeHouseholds(String what, String incomes, String assets, Income income, boolean assetsOk,
      boolean lowIncome, boolean inHardship) {
    List<Member> members = new ArrayList<>();
    String[] each = incomes.split(" ");
    for (int i = 0; i < each.length; i++) {
      members.add(HouseholdTest.member(i == 0 ? Relation.SELF : Relation.CHILD, IDS[i], each[i]));
    }
    Household household = new Household(members, Map.of(AssetKind.DEPOSITS, new BigDecimal(assets)));

    LowIncomeTest.Assessment a = TEST.assess(household, STANDARD);

    assertThat(a.income()).isEqualTo(income);
    assertThat(a.assetsWithinLimit()).isEqualTo(assetsOk);
    assertThat(a.lowIncome()).isEqualTo(lowIncome);
    assertThat(a.inHardship()).isEqualTo(inHardship);
    assertThat(a.incomeCeiling()).isEqualTo(new BigDecimal("1520.00"));
    assertThat(a.assetCeiling()).isEqualTo(new BigDecimal("18240.00"));
    assertThat(a.reasons()).hasSize((income == Income.TOO_HIGH ? 1 : 0) + (assetsOk ? 0 : 1));
  }
}
