package org.jiuzhu.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jiuzhu.dibao.DibaoMaterials.AssistanceType;
import org.jiuzhu.household.DibaoBenefit;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.LowIncomeTest;
import org.jiuzhu.household.Member;

/**
 * Whether an application for 低保 or 特困 qualifies by its figures, and the monthly benefit, by the running case's
 * own rule ({@link DibaoBenefit}: the work-cost deduction for members who work away, the county's extra shares for
 * key members) so that enrolment finds what the case will pay:
 * <ul>
 * <li>by household: a gap between the standard and the counted income (按差额据实核算, 002 §一(一)), assets within
 * the low-income limit per person;</li>
 * <li>单人户 (002 §二(一)): a seriously disabled or seriously ill member of a 低收入家庭, the county's share of the
 * standard for the category, never above the person's own gap;</li>
 * <li>建档立卡 without capacity to work (002 §一(二), as the poverty list records it): 低保 by household without the
 * economic check;</li>
 * <li>特困 (002 §二(三)): the person's own; it covers minors up to 18 (by configuration, 16 before), except those
 * under the orphan guarantee.</li>
 * </ul>
 */
final class DibaoEligibility {

  enum SinglePersonCategory { SERIOUS_DISABILITY, SERIOUS_ILLNESS }

  record Application(AssistanceType type, boolean singlePerson, boolean registeredPoorUnableToWork, boolean minor,
      boolean orphanGuarantee, Household household) {
  }

  /** @param category set for a 单人户 applicant who is seriously disabled or ill */
  record Result(List<String> reasons, boolean economicCheckExempt, BigDecimal monthlyBenefit,
      SinglePersonCategory category) {

    boolean eligible() {
      return reasons.isEmpty();
    }
  }

  private final LowIncomeTest lowIncome;

  DibaoEligibility(LowIncomeTest lowIncome) {
    this.lowIncome = lowIncome;
  }

  /**
   * @param standard  the local 低保 standard per person and month
   * @param benefitOf the benefit of these members in the month of enrolment ({@link DibaoBenefit#of})
   * @param share     the county's share of the standard for a 单人户 category (0 to 1)
   */
  Result assess(Application a, BigDecimal standard, Function<List<Member>, DibaoBenefit.Result> benefitOf,
      Function<SinglePersonCategory, BigDecimal> share) {
    List<String> reasons = new ArrayList<>();
    Household household = a.household();
    if (a.type() == AssistanceType.TEKUN && a.minor() && a.orphanGuarantee()) {
      reasons.add("已纳入孤儿基本生活保障范围的未成年人，不再适用特困人员救助供养政策");
    }
    if (a.registeredPoorUnableToWork() && a.type() == AssistanceType.DIBAO && !a.singlePerson()) {
      return new Result(reasons, true, benefitOf.apply(household.members()).benefit(), null);
    }
    LowIncomeTest.Assessment figures = lowIncome.assess(household, standard);
    Member applicant = household.applicant();
    // 特困 and a 单人户 are the person's own.
    DibaoBenefit.Result alone = benefitOf.apply(List.of(applicant));
    String aloneAtStandard = "申请人本人月收入" + counted(applicant.monthlyIncome(), alone, 1) + "元，不低于当地低保标准"
        + standard + "元";
    if (a.type() == AssistanceType.TEKUN) {
      if (alone.gapFen() == 0) {
        reasons.add(aloneAtStandard);
      }
      if (!figures.assetsWithinLimit()) {
        reasons.add("人均现金、存款、有价证券及债权" + figures.assetsPerPerson() + "元，超过" + figures.assetCeiling() + "元");
      }
      return new Result(reasons, false, alone.benefit(), null);
    }
    if (!a.singlePerson()) {
      DibaoBenefit.Result all = benefitOf.apply(household.members());
      if (all.gapFen() == 0) {
        reasons.add("家庭人均月收入" + counted(figures.perCapitaIncome(), all, household.size()) + "元，不低于当地低保标准"
            + standard + "元");
      }
      if (!figures.assetsWithinLimit()) {
        reasons.add("人均现金、存款、有价证券及债权" + figures.assetsPerPerson() + "元，超过" + figures.assetCeiling() + "元");
      }
      return new Result(reasons, false, all.benefit(), null);
    }
    if (figures.income() == LowIncomeTest.Income.AT_OR_BELOW_STANDARD) {
      reasons.add("家庭人均月收入" + figures.perCapitaIncome() + "元，不高于当地低保标准" + standard + "元，应按户申请低保");
    }
    reasons.addAll(figures.reasons());
    SinglePersonCategory category = applicant.seriouslyDisabled() ? SinglePersonCategory.SERIOUS_DISABILITY
        : applicant.seriousIllness() ? SinglePersonCategory.SERIOUS_ILLNESS : null;
    if (category == null) {
      reasons.add("申请人不是重残人员（一、二级残疾或三级智力、精神残疾）或重病患者，不能按单人户纳入");
      return new Result(reasons, false, BigDecimal.ZERO.setScale(2), null);
    }
    BigDecimal benefit = DibaoBenefit.yuan(DibaoBenefit.singlePerson(DibaoBenefit.fen(standard), share.apply(category), alone));
    if (benefit.signum() == 0) {
      reasons.add(aloneAtStandard);
    }
    return new Result(reasons, false, benefit, category);
  }

  /** The income per person as declared and, where members work away, as counted after the work-cost deduction. */
  private static String counted(BigDecimal declaredPerPerson, DibaoBenefit.Result r, int people) {
    BigDecimal counted = DibaoBenefit.yuan(r.countedIncomeFen()).divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
    return counted.compareTo(declaredPerPerson) == 0 ? declaredPerPerson.toString()
        : declaredPerPerson + "元，扣减外出务工成本后" + counted;
  }
}
