package org.jiuzhu.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.ClearPersonalDataHistoryFilter;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Opens a case whose materials have been checked, the same way for every procedure: the clear ID number and
 * account go into the encrypted vault and leave the engine in the transaction that brought them (so they are
 * never written), the case gets its number as business key, and the units on its path are named, which is
 * what per-case access control reads when the start event ends.
 */
@Component
public class CaseOpening {

  private final PersonalDataVault vault;
  private final CaseNumbers caseNumbers;
  private final OrgUnits orgUnits;

  CaseOpening(PersonalDataVault vault, CaseNumbers caseNumbers, OrgUnits orgUnits) {
    this.vault = vault;
    this.caseNumbers = caseNumbers;
    this.orgUnits = orgUnits;
  }

  /** Returns the case number; {@code village} is null for procedures without a village step. */
  public String open(DelegateExecution execution, String casePrefix, String idNumber, String bankAccount,
      OrgUnit township, OrgUnit village) {
    ClearPersonalDataHistoryFilter.CLEAR_VARIABLES.forEach(execution::removeVariable);
    execution.setVariable("applicantRef", vault.store(idNumber, bankAccount));
    execution.setVariable("applicantIdNumberMasked", ResidentIdNumber.mask(idNumber));
    execution.setVariable("bankAccountMasked", BankAccountNumber.mask(bankAccount));

    String caseNumber = caseNumbers.next(casePrefix, ChinaClock.today().getYear());
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable("caseNumber", caseNumber);

    String countyCode = township.countyCode();
    execution.setVariable("townshipCode", township.code());
    execution.setVariable("townshipName", township.name());
    execution.setVariable("countyCode", countyCode);
    // The county's name is the unit named when a county step is overdue.
    execution.setVariable("countyName", orgUnits.find(countyCode).map(OrgUnit::name).orElse(countyCode));
    if (village != null) {
      execution.setVariable("villageCode", village.code());
      execution.setVariable("villageName", village.name());
    }
    return caseNumber;
  }
}
