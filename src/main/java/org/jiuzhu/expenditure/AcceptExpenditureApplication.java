package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.casefile.CaseOpening;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.unemployed.ApplicationMaterials;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 申请受理 of P3, as the case starts: refuses malformed materials (nothing is stored), moves the clear ID number
 * and account into the vault in this same transaction, numbers the case ZCJZ-…, and sets the unit codes
 * before the start event ends so per-case access applies from the first moment.
 */
@Component("acceptExpenditureApplication")
class AcceptExpenditureApplication implements ExecutionListener {

  static final String CASE_PREFIX = "ZCJZ";
  static final String WHAT = "申请材料";

  private final ExpenditureMaterials materials;
  private final CaseOpening caseOpening;

  AcceptExpenditureApplication(OrgUnits orgUnits, CaseOpening caseOpening) {
    this.materials = new ExpenditureMaterials(orgUnits::find);
    this.caseOpening = caseOpening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    caseOpening.fillInOwnUnits(execution, true);
    List<Problem> problems = new ArrayList<>();
    ExpenditureMaterials.Checked application = materials.check(execution.getVariables(), problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    ApplicationMaterials.Applicant applicant = application.applicant();

    caseOpening.open(execution, CASE_PREFIX, applicant.idNumber(), applicant.bankAccount(), applicant.township(),
        applicant.village());
    execution.setVariable("assistanceKind", ASSISTANCE_KIND);
    if (application.identityDocument() != null) { // papers stated at intake; otherwise the village verifies them
      execution.setVariable(HOUSEHOLD_REGISTER_PROVIDED, true);
      execution.setVariable(IDENTITY_DOCUMENT, application.identityDocument());
    }
    execution.setVariable(EXPENDITURE_DESCRIPTION, application.expenditureDescription());
    execution.setVariable(DIBAO_OR_TEKUN, application.dibaoOrTekun());
  }
}
