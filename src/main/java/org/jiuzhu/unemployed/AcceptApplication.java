package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.jiuzhu.casefile.CaseOpening;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 申请受理: runs as the case starts, before anything is stored. Refuses malformed materials (the whole start
 * rolls back, leaving nothing), moves the clear ID number and account into the encrypted vault, and gives the
 * case its number. The engine keeps only a reference and masked values.
 */
@Component("acceptApplication")
class AcceptApplication implements ExecutionListener {

  static final String CASE_PREFIX = "LSJZ";
  static final String WHAT = "申请材料";

  private final ApplicationMaterials materials;
  private final CaseOpening caseOpening;

  AcceptApplication(OrgUnits orgUnits, CaseOpening caseOpening) {
    this.materials = new ApplicationMaterials(orgUnits::find);
    this.caseOpening = caseOpening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    caseOpening.fillInOwnUnits(execution, true);
    List<Problem> problems = new ArrayList<>();
    ApplicationMaterials.Checked application = materials.check(execution.getVariables(), problems);
    InvalidInputException.throwIfAny(WHAT, problems);

    caseOpening.open(execution, CASE_PREFIX, application.idNumber(), application.bankAccount(), application.township(),
        application.village());
    execution.setVariable(MONTHS_WITHOUT_INCOME, application.monthsWithoutIncome());
    execution.setVariable(COVERED_BY_INSURANCE, application.coveredByInsurance());
    if (application.identityDocument() != null) { // papers stated at intake; otherwise the village verifies them
      execution.setVariable(HOUSEHOLD_REGISTER_PROVIDED, true);
      execution.setVariable(IDENTITY_DOCUMENT, application.identityDocument());
    }
    execution.setVariable(WITNESSES, SpinValues.jsonValue(application.witnessesJson()).create());
  }
}
