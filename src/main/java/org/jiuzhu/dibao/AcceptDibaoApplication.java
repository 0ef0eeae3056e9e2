package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseOpening;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.HouseholdInput;
import org.jiuzhu.household.Member;
import org.jiuzhu.household.Relation;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.unemployed.ApplicationMaterials;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 申请受理 of 低保、特困, as the case starts: refuses malformed materials, members already enrolled in the
 * province and members of another open application (nothing is stored), moves every member's ID number into the vault in this same transaction (the
 * case keeps references and masked numbers), numbers the case DBSQ-…, names its units, and records the
 * household's figures. The epidemic fast track (dibao-fast-track) takes the same materials under its own numbers.
 */
@Component("acceptDibaoApplication")
public class AcceptDibaoApplication implements ExecutionListener {

  static final String WHAT = "申请材料";

  private final DibaoMaterials materials;
  private final CaseOpening caseOpening;
  private final PersonalDataVault vault;
  private final Registers registers;
  private final OpenApplications open;
  private final int minorAgeLimit;

  AcceptDibaoApplication(OrgUnits orgUnits, CaseOpening caseOpening, PersonalDataVault vault, Registers registers,
      OpenApplications open, @Value("${jiuzhu.tekun.minor-age-limit:18}") int minorAgeLimit) {
    this.materials = new DibaoMaterials(orgUnits::find);
    this.caseOpening = caseOpening;
    this.vault = vault;
    this.registers = registers;
    this.open = open;
    this.minorAgeLimit = minorAgeLimit;
  }

  @Override
  public void notify(DelegateExecution execution) {
    accept(execution, CASE_PREFIX);
  }

  /** Checks and takes the materials of a case numbered {@code casePrefix}-…. */
  public void accept(DelegateExecution execution, String casePrefix) {
    List<Problem> problems = new ArrayList<>();
    DibaoMaterials.Checked application = materials.check(execution.getVariables(),
        (id, township) -> registers.openInProvince(vault.hashOf(id), township.substring(0, 2)), problems);
    InvalidInputException.throwIfAny(WHAT, problems);
    ApplicationMaterials.Applicant applicant = application.applicant();
    String applicantId = ResidentIdNumber.normalise(applicant.idNumber());

    caseOpening.open(execution, casePrefix, applicantId, applicant.bankAccount(), applicant.township(),
        applicant.village());
    takePeople(execution, application.household());
    String applicantRef = (String) execution.getVariable("applicantRef");
    Household household = application.household();
    execution.setVariable(HOUSEHOLD, household.toJson(id -> id.equals(applicantId) ? applicantRef : vault.store(id, null)));
    execution.setVariable(HOUSEHOLD_SIZE, (long) household.size());
    execution.setVariable(PER_CAPITA_INCOME, household.perCapitaIncome().toPlainString());
    execution.setVariable(ASSETS_PER_PERSON, household.assetsPerPerson().toPlainString());
    execution.setVariable(ASSISTANCE_TYPE, application.type().name());
    // The approval-authority table reads the kind of assistance under this name in every procedure.
    execution.setVariable("assistanceKind", application.type().name());
    execution.setVariable(RESIDENCE, application.residence().name());
    execution.setVariable(SINGLE_PERSON, application.singlePerson());
    execution.setVariable(REGISTERED_POOR, application.registeredPoorUnableToWork());
    execution.setVariable(ORPHAN_GUARANTEE, application.orphanGuarantee());
    // Only whether the applicant is a minor is kept: the birth date is part of the ID number.
    boolean minor = Period.between(ResidentIdNumber.birthDate(applicantId), ChinaClock.today()).getYears() < minorAgeLimit;
    execution.setVariable("applicantMinor", minor);
  }

  /** Whether a case runs, whoever may see it: the starting user's authorizations do not decide a hold. */
  private static boolean stillRuns(DelegateExecution execution, String businessKey) {
    return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0);
  }

  /**
   * 同一人不能同时有两件在办的低保、特困申请: takes every member for this case, or refuses naming the first one whom
   * another open case has (nothing is stored). The regular application a fast-track case starts for its formalities
   * runs under that case's hold.
   */
  private void takePeople(DelegateExecution execution, Household household) {
    DelegateExecution parent = execution.getSuperExecution();
    String starter = parent == null ? null : parent.getProcessBusinessKey();
    List<Member> members = household.members();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      String hash = vault.hashOf(m.idNumber());
      Optional<String> other = open.take(hash, execution.getProcessBusinessKey(), ChinaClock.now(),
              holder -> stillRuns(execution, holder))
          .filter(holder -> !holder.equals(starter));
      if (other.isPresent()) {
        String field = m.relation() == Relation.SELF ? "applicantIdNumber" : HouseholdInput.MEMBERS + "[" + (i + 1) + "].idNumber";
        throw new InvalidInputException(WHAT, List.of(new Problem(field,
            "此人是在办申请 " + other.get() + " 的对象，该案办结前不能再次申请低保、特困")));
      }
    }
  }
}
