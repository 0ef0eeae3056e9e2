package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.jiuzhu.household.Household;
import org.jiuzhu.household.HouseholdInput;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.unemployed.ApplicationMaterials;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/**
 * The materials of an application for 低保 or 特困: the applicant's part as in P1, which assistance, urban or
 * rural standard, the household (members, income, assets), the declarations that change the procedure (单人户,
 * 建档立卡 without capacity to work, orphan guarantee) and the signed commitment. Every broken rule at once,
 * each member's by field and line; a member already enrolled in the province is one of them.
 */
class DibaoMaterials {

  enum AssistanceType { DIBAO, TEKUN }

  enum Residence { URBAN, RURAL }

  private final ApplicationMaterials applicantRules;

  /** @param orgUnits finds a unit by code */
  DibaoMaterials(Function<String, Optional<OrgUnit>> orgUnits) {
    this.applicantRules = new ApplicationMaterials(orgUnits);
  }

  record Checked(ApplicationMaterials.Applicant applicant, AssistanceType type, Residence residence,
      boolean singlePerson, boolean registeredPoorUnableToWork, boolean orphanGuarantee, Household household) {
  }

  /**
   * @param enrolledInProvince whether a person (clear ID number) has an open 低保 or 特困 entry in the province
   *                           of a township (code)
   * @return null when a problem was added
   */
  Checked check(Map<String, Object> v, BiPredicate<String, String> enrolledInProvince, List<Problem> problems) {
    int before = problems.size();
    ApplicationMaterials.Applicant applicant = applicantRules.applicant(v, problems);
    AssistanceType type = choice(v.get(ASSISTANCE_TYPE), ASSISTANCE_TYPE, AssistanceType.class, problems);
    Residence residence = choice(v.get(RESIDENCE), RESIDENCE, Residence.class, problems);
    Boolean single = flag(v.get(SINGLE_PERSON), SINGLE_PERSON, problems);
    Boolean poor = flag(v.get(REGISTERED_POOR), REGISTERED_POOR, problems);
    Boolean orphan = flag(v.get(ORPHAN_GUARANTEE), ORPHAN_GUARANTEE, problems);
    Boolean signed = Values.bool(v.get(COMMITMENT_SIGNED), COMMITMENT_SIGNED, problems);
    if (Boolean.FALSE.equals(signed)) {
      problems.add(new Problem(COMMITMENT_SIGNED, "须签署个人承诺授权书"));
    }
    if (type == AssistanceType.TEKUN && Boolean.TRUE.equals(single)) {
      problems.add(new Problem(SINGLE_PERSON, "单人户只适用于低保申请"));
    }
    if (type == AssistanceType.TEKUN && Boolean.TRUE.equals(poor)) {
      problems.add(new Problem(REGISTERED_POOR, "建档立卡贫困人口免于经济状况核对只适用于低保申请"));
    }
    if (Boolean.TRUE.equals(single) && Boolean.TRUE.equals(poor)) {
      problems.add(new Problem(REGISTERED_POOR, "建档立卡贫困人口按户纳入，不按单人户申请"));
    }
    String applicantId = applicant.idNumber() == null ? null : ResidentIdNumber.normalise(applicant.idNumber());
    String township = applicant.township() == null ? null : applicant.township().code();
    Household household = HouseholdInput.read(v, id -> id.equals(applicantId),
        id -> township != null && enrolledInProvince.test(id, township)
            ? Optional.of("已在本省纳入低保或特困，不能重复申请") : Optional.empty(),
        problems);
    return problems.size() > before ? null
        : new Checked(applicant, type, residence, single, poor, orphan, household);
  }

  private static <E extends Enum<E>> E choice(Object value, String field, Class<E> type, List<Problem> problems) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    problems.add(new Problem(field, value == null ? "必填" : "须为 " + String.join("、", names) + " 之一"));
    return null;
  }

  /** A declaration that may be left out (a form's unticked box sends nothing): absent is no. */
  private static Boolean flag(Object value, String field, List<Problem> problems) {
    return value == null ? Boolean.FALSE : Values.bool(value, field, problems);
  }
}
