package org.jiuzhu.dibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jiuzhu.dibao.DibaoEligibility.Application;
import org.jiuzhu.dibao.DibaoEligibility.Result;
import org.jiuzhu.dibao.DibaoEligibility.SinglePersonCategory;
import org.jiuzhu.dibao.DibaoMaterials.AssistanceType;
import org.jiuzhu.household.AssetKind;
import org.jiuzhu.household.DibaoBenefit;
import org.jiuzhu.household.DisabilityKind;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.LowIncomeFactors;
import org.jiuzhu.household.LowIncomeTest;
import org.jiuzhu.household.Member;
import org.jiuzhu.household.Relation;
import org.junit.jupiter.api.Test;

class DibaoEligibilityTest {

  static final BigDecimal STANDARD = new BigDecimal("760.00");
  static final DibaoEligibility RULES = new DibaoEligibility(new LowIncomeTest(new LowIncomeFactors(new BigDecimal("2"), 24)));

  static Household household(String deposits, Member... members) {
    return new Household(List.of(members), Map.of(AssetKind.DEPOSITS, new BigDecimal(deposits)));
  }

  static Member person(Relation relation, String income) {
    return new Member(relation, "ref", new BigDecimal(income), false, null, null, false);
  }

  static final LocalDate MONTH = LocalDate.of(2026, 3, 1);
  static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

  static Result assess(AssistanceType type, boolean single, boolean poor, boolean minor, boolean orphan, Household h) {
    return assess(type, single, poor, minor, orphan, h, m -> ADULT);
  }

  /**
   * The running case's rule in March 2026: standard 760, minimum wage 2120 (work cost 1360), every key member's
   * extra share 0.1 (76.00).
   */
  static Result assess(AssistanceType type, boolean single, boolean poor, boolean minor, boolean orphan, Household h,
      Function<Member, LocalDate> born) {
    return RULES.assess(new Application(type, single, poor, minor, orphan, h), STANDARD,
        counted -> DibaoBenefit.of(counted.stream().map(m -> DibaoBenefit.Person.of(m, born.apply(m))).toList(), MONTH,
            76000, 212000, category -> new BigDecimal("0.1")),
        category -> category == SinglePersonCategory.SERIOUS_DISABILITY ? new BigDecimal("0.6") : new BigDecimal("0.5"));
  }

  @Test
  void aHouseholdBelowTheStandardGetsTheDifferenceTimesItsSize() {
    Result r = assess(AssistanceType.DIBAO, false, false, false, false, household("0",
        person(Relation.SELF, "500.00"), person(Relation.SPOUSE, "400.00"), person(Relation.CHILD, "0")));
    assertThat(r.eligible()).isTrue();
    assertThat(r.monthlyBenefit()).isEqualTo(new BigDecimal("1380.00"));
    assertThat(r.economicCheckExempt()).isFalse();
  }

  @Test
  void incomeAtTheStandardOrAssetsAboveTheLimitAreRefusedWithTheFigures() {
    Result atStandard = assess(AssistanceType.DIBAO, false, false, false, false, household("0", person(Relation.SELF, "760")));
    assertThat(atStandard.reasons()).singleElement().asString().contains("760.00元");
    // 24 months of 760 = 18240 per person.
    Result rich = assess(AssistanceType.DIBAO, false, false, false, false, household("18240.01", person(Relation.SELF, "0")));
    assertThat(rich.reasons()).singleElement().asString().contains("18240.01").contains("18240.00");
    assertThat(assess(AssistanceType.DIBAO, false, false, false, false, household("18240.00", person(Relation.SELF, "0")))
        .eligible()).isTrue();
  }

  @Test
  void registeredPoorPeopleUnableToWorkAreNotCheckedAndGetThePlainBenefit() {
    Result r = assess(AssistanceType.DIBAO, false, true, false, false, household("99999", person(Relation.SELF, "700")));
    assertThat(r.eligible()).isTrue();
    assertThat(r.economicCheckExempt()).isTrue();
    assertThat(r.monthlyBenefit()).isEqualTo(new BigDecimal("60.00"));
    assertThat(assess(AssistanceType.TEKUN, false, true, false, false, household("99999", person(Relation.SELF, "700")))
        .economicCheckExempt()).as("特困 is not by household").isFalse();
    assertThat(assess(AssistanceType.DIBAO, true, true, false, false, household("0", person(Relation.SELF, "700")))
        .economicCheckExempt()).as("nor a 单人户").isFalse();
  }

  @Test
  void aSinglePersonGetsTheCountysShareCappedAtThePlainRateForThemAlone() {
    Member disabled = new Member(Relation.SELF, "ref", new BigDecimal("100.00"), false, 3, DisabilityKind.INTELLECTUAL, false);
    Result r = assess(AssistanceType.DIBAO, true, false, false, false, household("0", disabled, person(Relation.SPOUSE, "2000")));
    assertThat(r.eligible()).isTrue();
    assertThat(r.category()).isEqualTo(SinglePersonCategory.SERIOUS_DISABILITY);
    assertThat(r.monthlyBenefit()).isEqualTo(new BigDecimal("456.00"));

    Member ill = new Member(Relation.SELF, "ref", new BigDecimal("600.00"), false, null, null, true);
    Result capped = assess(AssistanceType.DIBAO, true, false, false, false, household("0", ill, person(Relation.SPOUSE, "1500")));
    assertThat(capped.monthlyBenefit()).isEqualTo(new BigDecimal("160.00"));
  }

  @Test
  void aSinglePersonNeedsALowIncomeHouseholdAndASeriousCondition() {
    Member grade3Physical = new Member(Relation.SELF, "ref", new BigDecimal("0"), false, 3, DisabilityKind.PHYSICAL, false);
    Result r = assess(AssistanceType.DIBAO, true, false, false, false, household("0", grade3Physical, person(Relation.SPOUSE, "3100")));
    // per capita 1550: not below 2 × 760 = 1520.
    assertThat(r.reasons()).hasSize(2);
    assertThat(String.join("", r.reasons())).contains("1520.00").contains("不是重残人员");
    Result poorHousehold = assess(AssistanceType.DIBAO, true, false, false, false, household("0",
        new Member(Relation.SELF, "ref", BigDecimal.ZERO, false, 1, DisabilityKind.VISION, false)));
    assertThat(poorHousehold.reasons()).singleElement().asString().contains("应按户申请");
  }

  @Test
  void tekunIsThePersonsOwnAndExcludesMinorsUnderTheOrphanGuarantee() {
    Household h = household("0", person(Relation.SELF, "100"), person(Relation.SIBLING, "0"));
    Result minor = assess(AssistanceType.TEKUN, false, false, true, false, h);
    assertThat(minor.eligible()).isTrue();
    assertThat(minor.monthlyBenefit()).isEqualTo(new BigDecimal("660.00"));
    assertThat(assess(AssistanceType.TEKUN, false, false, true, true, h).reasons()).singleElement().asString()
        .contains("孤儿基本生活保障");
    assertThat(assess(AssistanceType.TEKUN, false, false, false, true, h).eligible()).as("an adult").isTrue();
  }

  @Test
  void aMemberWorkingAwayHasTheWorkCostDeductedBeforeEligibilityAndAmount() {
    Member away = new Member(Relation.SELF, "ref", new BigDecimal("2000.00"), true, null, null, false);
    Household h = household("0", away, person(Relation.SPOUSE, "0"));
    // Declared per capita 1000 is above 760; counted 2000 − (2120 − 760) = 640: 760 × 2 − 640 = 880.00.
    Result r = assess(AssistanceType.DIBAO, false, false, false, false, h);
    assertThat(r.eligible()).isTrue();
    assertThat(r.monthlyBenefit()).isEqualTo(new BigDecimal("880.00"));

    Member earnsMore = new Member(Relation.SELF, "ref", new BigDecimal("2900.00"), true, null, null, false);
    // Counted 2900 − 1360 = 1540, per capita 770 ≥ 760.
    assertThat(assess(AssistanceType.DIBAO, false, false, false, false, household("0", earnsMore, person(Relation.SPOUSE, "0")))
        .reasons()).singleElement().asString().contains("1450.00元，扣减外出务工成本后770.00元");
  }

  @Test
  void keyMembersAddTheCountysShareAndTekunTakesTheRuleForThePersonAlone() {
    Member parent = person(Relation.PARENT, "0");
    Household h = household("0", person(Relation.SELF, "500.00"), person(Relation.SPOUSE, "400.00"), parent);
    // 1380.00 and the parent aged 71 on 1 March 2026: + 0.1 × 760 = 76.00.
    assertThat(assess(AssistanceType.DIBAO, false, false, false, false, h, m -> m == parent ? LocalDate.of(1955, 2, 28) : ADULT)
        .monthlyBenefit()).isEqualTo(new BigDecimal("1456.00"));
    // A 17-year-old in 特困 with 100 of own income: 660.00 + 76.00.
    Household minor = household("0", person(Relation.SELF, "100"));
    assertThat(assess(AssistanceType.TEKUN, false, false, true, false, minor, m -> LocalDate.of(2008, 6, 1))
        .monthlyBenefit()).isEqualTo(new BigDecimal("736.00"));
  }

  @Test
  void everyReasonIsGivenAtOnce() {
    assertThat(assess(AssistanceType.TEKUN, false, false, true, true, household("50000", person(Relation.SELF, "900")))
        .reasons()).hasSize(3);
  }
}
