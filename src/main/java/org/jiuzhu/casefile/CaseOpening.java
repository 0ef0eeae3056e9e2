package org.jiuzhu.casefile;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.org.Jurisdiction;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.ClearPersonalDataHistoryFilter;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * Opens a case whose materials have been checked, the same way for every procedure: the clear ID number and
 * account go into the encrypted vault and leave the engine in the transaction that brought them (so they are
 * never written), the case gets its number as business key, and the units on its path are named, which is
 * what per-case access control reads when the start event ends. Staff open cases in their own area only (admins
 * and the system anywhere), and the units they leave empty are their own.
 */
@Component
public class CaseOpening {

  static final String TOWNSHIP_CODE = "townshipCode";
  static final String VILLAGE_CODE = "villageCode";

  static final String OUTSIDE = "不在您所在单位的辖区内：只能受理本单位辖区内的申请";

  private final PersonalDataVault vault;
  private final CaseNumbers caseNumbers;
  private final OrgUnits orgUnits;
  private final CaseAccess access;

  CaseOpening(PersonalDataVault vault, CaseNumbers caseNumbers, OrgUnits orgUnits, CaseAccess access) {
    this.vault = vault;
    this.caseNumbers = caseNumbers;
    this.orgUnits = orgUnits;
    this.access = access;
  }

  /**
   * Before the materials are checked: the unit fields the caller left empty become their own units, a village
   * clerk's village and its township, a township's township. Tasklist's start forms offer them pre-chosen
   * (/api/my-units); REST clients may leave them out.
   */
  public void fillInOwnUnits(DelegateExecution execution, boolean withVillage) {
    Jurisdiction area = staffArea().orElse(null);
    if (area == null) {
      return;
    }
    if (withVillage && blank(execution.getVariable(VILLAGE_CODE))) {
      area.only(OrgLevel.VILLAGE).ifPresent(code -> execution.setVariable(VILLAGE_CODE, code));
    }
    if (blank(execution.getVariable(TOWNSHIP_CODE))) {
      Object village = withVillage ? execution.getVariable(VILLAGE_CODE) : area.only(OrgLevel.VILLAGE).orElse(null);
      Optional<String> township = village instanceof String code && !code.isBlank()
          ? orgUnits.find(code).map(OrgUnit::parentCode) : area.only(OrgLevel.TOWNSHIP);
      township.ifPresent(code -> execution.setVariable(TOWNSHIP_CODE, code));
    }
  }

  /** Returns the case number; {@code village} is null for procedures without a village step. */
  public String open(DelegateExecution execution, String casePrefix, String idNumber, String bankAccount,
      OrgUnit township, OrgUnit village) {
    String villageCode = village == null ? null : village.code();
    if (staffArea().filter(area -> !area.covers(township.code(), villageCode)).isPresent()) {
      throw new InvalidInputException("申请材料", List.of(new Problem(village == null ? TOWNSHIP_CODE : VILLAGE_CODE, OUTSIDE)));
    }
    ClearPersonalDataHistoryFilter.CLEAR_VARIABLES.forEach(execution::removeVariable);
    execution.setVariable("applicantRef", vault.store(idNumber, bankAccount));
    execution.setVariable("applicantIdNumberMasked", ResidentIdNumber.mask(idNumber));
    execution.setVariable("bankAccountMasked", BankAccountNumber.mask(bankAccount));

    String caseNumber = caseNumbers.next(casePrefix, ChinaClock.today().getYear());
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable("caseNumber", caseNumber);

    String countyCode = township.countyCode();
    execution.setVariable(TOWNSHIP_CODE, township.code());
    execution.setVariable("townshipName", township.name());
    execution.setVariable("countyCode", countyCode);
    // The county's name is the unit named when a county step is overdue.
    execution.setVariable("countyName", orgUnits.find(countyCode).map(OrgUnit::name).orElse(countyCode));
    if (village != null) {
      execution.setVariable(VILLAGE_CODE, village.code());
      execution.setVariable("villageName", village.name());
    }
    return caseNumber;
  }

  /** The area of the staff member opening the case; none for an admin or the system (no one logged in). */
  private Optional<Jurisdiction> staffArea() {
    return access.staffGroups().map(Jurisdiction::new);
  }

  private static boolean blank(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }
}
