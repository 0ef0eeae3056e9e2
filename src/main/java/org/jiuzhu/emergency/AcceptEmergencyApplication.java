package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.casefile.CaseOpening;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 急难求助受理: refuses malformed materials before anything is stored, moves the clear ID number and account
 * into the vault, numbers the case (JNJZ) and names its units, so per-case access follows the township where
 * the emergency happened and its county.
 */
@Component("acceptEmergencyApplication")
class AcceptEmergencyApplication implements ExecutionListener {

  static final String CASE_PREFIX = "JNJZ";
  static final String WHAT = "急难求助材料";
  static final String ASSISTANCE_KIND = "EMERGENCY";

  private final EmergencyMaterials materials;
  private final CaseOpening caseOpening;

  AcceptEmergencyApplication(OrgUnits orgUnits, CaseOpening caseOpening) {
    this.materials = new EmergencyMaterials(orgUnits::find);
    this.caseOpening = caseOpening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    caseOpening.fillInOwnUnits(execution, false);
    List<Problem> problems = new ArrayList<>();
    EmergencyMaterials.Checked application = materials.check(execution.getVariables(), problems);
    InvalidInputException.throwIfAny(WHAT, problems);

    caseOpening.open(execution, CASE_PREFIX, application.idNumber(), application.bankAccount(), application.township(),
        null);
    execution.setVariable(APPLICANT_NAME, application.applicantName());
    execution.setVariable(APPLICANT_PHONE, application.phone());
    execution.setVariable(EMERGENCY, application.emergencyDescription());
    execution.setVariable(EPIDEMIC, application.epidemic());
    execution.setVariable(RECIPIENT_CATEGORY, application.recipientCategory());
    execution.setVariable("assistanceKind", ASSISTANCE_KIND);
    execution.setVariable(CASE_BY_CASE, false);
  }
}
