package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseNumbers;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
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
  private final PersonalDataVault vault;
  private final CaseNumbers caseNumbers;

  AcceptApplication(OrgUnits orgUnits, PersonalDataVault vault, CaseNumbers caseNumbers) {
    this.materials = new ApplicationMaterials(orgUnits::find);
    this.vault = vault;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    ApplicationMaterials.Checked application = materials.check(execution.getVariables(), problems);
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
    execution.setVariable("countyCode", application.township().countyCode());
    execution.setVariable("townshipName", application.township().name());
    execution.setVariable("villageName", application.village().name());
    execution.setVariable(MONTHS_WITHOUT_INCOME, application.monthsWithoutIncome());
    execution.setVariable(COVERED_BY_INSURANCE, application.coveredByInsurance());
    execution.setVariable(WITNESSES, SpinValues.jsonValue(application.witnessesJson()).create());
  }
}
