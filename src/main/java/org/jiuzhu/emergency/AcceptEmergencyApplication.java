package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseNumbers;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
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
  private final OrgUnits orgUnits;
  private final PersonalDataVault vault;
  private final CaseNumbers caseNumbers;

  AcceptEmergencyApplication(OrgUnits orgUnits, PersonalDataVault vault, CaseNumbers caseNumbers) {
    this.materials = new EmergencyMaterials(orgUnits::find);
    this.orgUnits = orgUnits;
    this.vault = vault;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    EmergencyMaterials.Checked application = materials.check(execution.getVariables(), problems);
    InvalidInputException.throwIfAny(WHAT, problems);

    // Removed in the same transaction they were set in, so they are never written to the engine's tables.
    execution.removeVariable(APPLICANT_ID_NUMBER);
    execution.removeVariable(BANK_ACCOUNT);
    execution.setVariable("applicantRef", vault.store(application.idNumber(), application.bankAccount()));
    execution.setVariable("applicantIdNumberMasked", ResidentIdNumber.mask(application.idNumber()));
    execution.setVariable("bankAccountMasked", BankAccountNumber.mask(application.bankAccount()));

    String caseNumber = caseNumbers.next(CASE_PREFIX, ChinaClock.today().getYear());
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable("caseNumber", caseNumber);
    OrgUnit township = application.township();
    execution.setVariable(TOWNSHIP_CODE, township.code());
    execution.setVariable("townshipName", township.name());
    execution.setVariable("countyCode", township.countyCode());
    execution.setVariable("countyName",
        orgUnits.find(township.countyCode()).map(OrgUnit::name).orElse(township.countyCode()));
    execution.setVariable(APPLICANT_NAME, application.applicantName());
    execution.setVariable(APPLICANT_PHONE, application.phone());
    execution.setVariable(EMERGENCY, application.emergencyDescription());
    execution.setVariable(EPIDEMIC, application.epidemic());
    execution.setVariable(RECIPIENT_CATEGORY, application.recipientCategory());
    execution.setVariable("assistanceKind", ASSISTANCE_KIND);
    execution.setVariable(CASE_BY_CASE, false);
  }
}
