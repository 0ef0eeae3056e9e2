package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

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
  private final OrgUnits orgUnits;
  private final PersonalDataVault vault;
  private final CaseNumbers caseNumbers;

  AcceptExpenditureApplication(OrgUnits orgUnits, PersonalDataVault vault, CaseNumbers caseNumbers) {
    this.materials = new ExpenditureMaterials(orgUnits::find);
    this.orgUnits = orgUnits;
    this.vault = vault;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    ExpenditureMaterials.Checked application = materials.check(execution.getVariables(), problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    ApplicationMaterials.Applicant applicant = application.applicant();

    // Same names the history filter drops; removed in the transaction that set them, so never written.
    execution.removeVariable("applicantIdNumber");
    execution.removeVariable("bankAccount");
    execution.setVariable("applicantRef", vault.store(applicant.idNumber(), applicant.bankAccount()));
    execution.setVariable("applicantIdNumberMasked", ResidentIdNumber.mask(applicant.idNumber()));
    execution.setVariable("bankAccountMasked", BankAccountNumber.mask(applicant.bankAccount()));

    String caseNumber = caseNumbers.next(CASE_PREFIX, ChinaClock.today().getYear());
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable("caseNumber", caseNumber);
    execution.setVariable("townshipCode", applicant.township().code());
    execution.setVariable("villageCode", applicant.village().code());
    execution.setVariable("countyCode", applicant.township().countyCode());
    execution.setVariable("townshipName", applicant.township().name());
    execution.setVariable("villageName", applicant.village().name());
    // The county's name is the unit named when its approval step is overdue.
    String countyCode = applicant.township().countyCode();
    execution.setVariable("countyName", orgUnits.find(countyCode).map(OrgUnit::name).orElse(countyCode));
    execution.setVariable("assistanceKind", ASSISTANCE_KIND);
    execution.setVariable(EXPENDITURE_DESCRIPTION, application.expenditureDescription());
    execution.setVariable(DIBAO_OR_TEKUN, application.dibaoOrTekun());
  }
}
