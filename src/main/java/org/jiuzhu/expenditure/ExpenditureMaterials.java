package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.unemployed.ApplicationMaterials;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/**
 * The materials of a P3 application (002 §四(二): 严格执行申请受理): the applicant's part as in P1 with its 户口簿 and
 * 居民身份证 or 居住证 (002 §二(二)2(2)), the large necessary spending, whether the applicant says they are in 低保
 * or 特困, and the signed commitment. Every broken rule at once.
 */
class ExpenditureMaterials {

  private final ApplicationMaterials applicantRules;

  ExpenditureMaterials(Function<String, Optional<OrgUnit>> orgUnits) {
    this.applicantRules = new ApplicationMaterials(orgUnits);
  }

  record Checked(ApplicationMaterials.Applicant applicant, String identityDocument, String expenditureDescription,
      boolean dibaoOrTekun) {
  }

  Checked check(Map<String, Object> v, List<Problem> problems) {
    ApplicationMaterials.Applicant applicant = applicantRules.applicant(v, problems);
    String identityDocument = ApplicationMaterials.identityPapers(v, problems);
    String expenditure = Values.text(v.get(EXPENDITURE_DESCRIPTION), EXPENDITURE_DESCRIPTION, 2000, problems);
    Boolean dibaoOrTekun = Values.bool(v.get(DIBAO_OR_TEKUN), DIBAO_OR_TEKUN, problems);
    Boolean signed = Values.bool(v.get(COMMITMENT_SIGNED), COMMITMENT_SIGNED, problems);
    if (Boolean.FALSE.equals(signed)) {
      problems.add(new Problem(COMMITMENT_SIGNED, "须签署个人承诺授权书"));
    }
    return problems.isEmpty() ? new Checked(applicant, identityDocument, expenditure, dibaoOrTekun) : null;
  }
}
