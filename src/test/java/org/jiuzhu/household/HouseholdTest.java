package org.jiuzhu.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  static final String APPLICANT = "220102198001011234";
  static final String SPOUSE = "11010519491231002X";
  static final String CHILD = "220102201005010022";

  static Member member(Relation relation, String id, String income) {
    return new Member(relation, id, new BigDecimal(income), false, null, null, false);
  }

  static Household household(String... incomes) {
    List<Member> members = new ArrayList<>();
    String[] ids = {APPLICANT, SPOUSE, CHILD};
    for (int i = 0; i < incomes.length; i++) {
      members.add(member(i == 0 ? Relation.SELF : Relation.OTHER, ids[i], incomes[i]));
    }
    return new Household(members, Map.of());
  }

  @Test
  void threePeopleWithPerCapitaIncome300UnderAStandardOf760Get1380() {
    // (760 − 300) × 3 = 460 × 3 = 1380.00
    Household h = household("500.00", "400.00", "0.00");
    assertThat(h.perCapitaIncome()).isEqualByComparingTo("300.00");
    assertThat(h.plainBenefit(new BigDecimal("760.00"))).isEqualTo(new BigDecimal("1380.00"));
  }

  @ParameterizedTest(name = "standard {0}, incomes {1}: per capita {2}, benefit {3}")
  @CsvSource(delimiter = ';', value = {
      // hand-checked: (standard − total/size) × size = standard × size − total
      "760.00; 0.00;               0.00;   760.00",
      "760.00; 760.00;             760.00; 0.00",
      "760.00; 900.00;             900.00; 0.00",      // income above the standard: nothing, never negative
      "650.50; 100.00 200.01;      150.01; 1000.99",   // 1301.00 − 300.01; per capita 150.005 shown rounded
      "700.00; 100.00 100.00 100.01; 100.00; 1799.99"  // 2100.00 − 300.01, exact although 300.01/3 is not
  })
  void plainBenefitIsExactToTheFen(String standard, String incomes, String perCapita, String benefit) {
    Household h = household(incomes.split(" "));
    assertThat(h.perCapitaIncome()).isEqualByComparingTo(perCapita);
    assertThat(h.plainBenefit(new BigDecimal(standard))).isEqualTo(new BigDecimal(benefit));
  }

  @Test
  void readsMembersAndAssetsNamingEachProblemByFieldAndLine() {
    List<Problem> problems = new ArrayList<>();
    Household h = HouseholdInput.read(Map.of(
        "householdMembers", """
            [{"relation":"SELF","idNumber":"220102198001011234","monthlyIncome":"500.00","worksAway":true},
             {"relation":"SPOUSE","idNumber":"11010519491231002x","monthlyIncome":400,
              "disabilityGrade":"3","disabilityKind":"MENTAL","seriousIllness":"true"},
             {"relation":"","idNumber":"","monthlyIncome":""}]""",
        "householdCash", "100.00", "householdDeposits", 2000, "householdSecurities", "0", "householdClaims", "0.5"),
        APPLICANT::equals, problems);

    assertThat(problems).isEmpty();
    assertThat(h.size()).isEqualTo(2);
    assertThat(h.members().get(1).idNumber()).isEqualTo(SPOUSE);
    assertThat(h.members().get(1).seriouslyDisabled()).isTrue();
    assertThat(h.members().get(0).worksAway()).isTrue();
    assertThat(h.totalAssets()).isEqualTo(new BigDecimal("2100.50"));
    assertThat(h.toJson(id -> "ref-" + id.substring(17)))
        .contains("\"idRef\":\"ref-4\"", "\"idNumberMasked\":\"110105********002X\"")
        .doesNotContain(APPLICANT, SPOUSE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a bad check digit | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011235\",\"monthlyIncome\":\"0\"}] | householdMembers[1].idNumber",
      "negative income | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"-1\"}] | householdMembers[1].monthlyIncome",
      "text as income | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"三百\"}] | householdMembers[1].monthlyIncome",
      "fractions of a fen | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"1.005\"}] | householdMembers[1].monthlyIncome",
      "no applicant | [{\"relation\":\"SPOUSE\",\"idNumber\":\"11010519491231002X\",\"monthlyIncome\":\"0\"}] | householdMembers",
      "someone else as self | [{\"relation\":\"SELF\",\"idNumber\":\"11010519491231002X\",\"monthlyIncome\":\"0\"}] | householdMembers[1].idNumber",
      "the applicant as spouse | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\"},{\"relation\":\"SPOUSE\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\"}] | householdMembers[2].idNumber",
      "an unknown relation | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\"},{\"relation\":\"NEIGHBOUR\",\"idNumber\":\"11010519491231002X\",\"monthlyIncome\":\"0\"}] | householdMembers[2].relation",
      "a grade without kind | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\",\"disabilityGrade\":\"2\"}] | householdMembers[1].disabilityKind",
      "grade 5 | [{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\",\"disabilityGrade\":\"5\",\"disabilityKind\":\"VISION\"}] | householdMembers[1].disabilityGrade",
      "not a list | {\"relation\":\"SELF\"} | householdMembers"
  })
  void badMembersAreNamedByFieldAndLine(String what, String members, String field) {
    List<Problem> problems = new ArrayList<>();
    Household h = HouseholdInput.read(Map.of("householdMembers", members, "householdCash", "0", "householdDeposits", "0",
        "householdSecurities", "0", "householdClaims", "0"), APPLICANT::equals, problems);

    assertThat(h).isNull();
    assertThat(problems).extracting(Problem::field).containsExactly(field);
    assertThat(problems.toString()).doesNotContain("220102198001011", "11010519491231002");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"householdCash, -0.01", "householdDeposits, abc", "householdSecurities, ''", "householdClaims, 1.001"})
  void badAssetsAreNamed(String field, String value) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> v = new java.util.HashMap<>(Map.of("householdMembers",
        "[{\"relation\":\"SELF\",\"idNumber\":\"220102198001011234\",\"monthlyIncome\":\"0\"}]",
        "householdCash", "0", "householdDeposits", "0", "householdSecurities", "0", "householdClaims", "0"));
    v.put(field, value);

    assertThat(HouseholdInput.read(v, APPLICANT::equals, problems)).isNull();
    assertThat(problems).extracting(Problem::field).containsExactly(field);
  }

  @Test
  void aKeptHouseholdHoldsReferencesAndMaskedNumbersAndReadsBackWithTheSameFigures() {
    Household h = new Household(List.of(new Member(Relation.SELF, APPLICANT, new BigDecimal("500.00"), true, 3,
        DisabilityKind.MENTAL, false), member(Relation.SPOUSE, SPOUSE, "400.00")),
        Map.of(AssetKind.DEPOSITS, new BigDecimal("1000.50")));

    String kept = h.toJson(id -> "ref-" + id.substring(17));

    assertThat(kept).doesNotContain(APPLICANT, SPOUSE).contains("220102********1234").contains("ref-4");
    Household back = Household.fromKept(kept);
    assertThat(back.totalMonthlyIncome()).isEqualTo(h.totalMonthlyIncome());
    assertThat(back.totalAssets()).isEqualTo(new BigDecimal("1000.50"));
    assertThat(back.applicant().idNumber()).isEqualTo("ref-4");
    assertThat(back.applicant().seriouslyDisabled()).isTrue();
    assertThat(back.applicant().worksAway()).isTrue();
    assertThat(back.members().get(1).idNumber()).isEqualTo("ref-X");
  }
}
