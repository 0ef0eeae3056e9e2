package org.jiuzhu.epidemic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseNumbers;
import org.jiuzhu.integrity.Refusal;
import org.jiuzhu.org.Jurisdiction;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 宣布疫情结束, as the declaration starts: only the county's own civil-affairs staff (county-&lt;code&gt;) or an admin
 * may declare a county's end, once (an officer leaving the county empty declares their own). Records who, when and on what basis in {@code epidemic_end} and the audit
 * trail, numbered YQJS-…; anything wrong leaves nothing behind.
 */
@Component("declareEpidemicEnd")
class DeclareEpidemicEnd implements ExecutionListener {

  static final String WHAT = "宣布疫情结束";
  static final String CASE_PREFIX = "YQJS";
  static final String COUNTY = "countyCode";
  static final String ENDED_ON = "endedOn";
  static final String BASIS = "basis";

  private final EpidemicEnds ends;
  private final OrgUnits orgUnits;
  private final CaseAccess access;
  private final CaseNumbers caseNumbers;
  private final AuditTrail trail;

  DeclareEpidemicEnd(EpidemicEnds ends, OrgUnits orgUnits, CaseAccess access, CaseNumbers caseNumbers, AuditTrail trail) {
    this.ends = ends;
    this.orgUnits = orgUnits;
    this.access = access;
    this.caseNumbers = caseNumbers;
    this.trail = trail;
  }

  @Override
  public void notify(DelegateExecution execution) {
    fillInOwnCounty(execution);
    List<Problem> problems = new ArrayList<>();
    String code = Values.text(execution.getVariable(COUNTY), COUNTY, 6, problems);
    Optional<OrgUnit> county = code == null ? Optional.empty()
        : orgUnits.find(code).filter(unit -> unit.level() == OrgLevel.COUNTY);
    if (code != null && county.isEmpty()) {
      problems.add(new Problem(COUNTY, "不是已登记的县（市、区）代码"));
    }
    LocalDate endedOn = Values.date(execution.getVariable(ENDED_ON), ENDED_ON, problems);
    if (endedOn != null && endedOn.isAfter(ChinaClock.today())) {
      problems.add(new Problem(ENDED_ON, "疫情结束日期不能晚于今天"));
    }
    String basis = Values.text(execution.getVariable(BASIS), BASIS, 200, problems);
    InvalidInputException.throwIfAny(WHAT, problems);

    String user = access.caller().map(Authentication::getUserId).orElse(null);
    if (user != null && !mayDeclare(code)) {
      throw Refusal.outsideOwnArea("只有该县（市、区）民政部门工作人员或管理员可以宣布该县疫情结束",
          "为其他县（市、区）宣布疫情结束", code);
    }
    ends.of(code).ifPresent(earlier -> alreadyDeclared(earlier));

    String caseNumber = caseNumbers.next(CASE_PREFIX, ChinaClock.today().getYear());
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable("caseNumber", caseNumber);
    execution.setVariable("countyName", county.get().name());
    String declaredBy = user == null ? AuditTrail.SYSTEM : user;
    execution.setVariable("declaredBy", declaredBy);
    execution.setVariable(ENDED_ON, endedOn.toString());
    EpidemicEnds.End end = new EpidemicEnds.End(code, endedOn, basis, declaredBy, ChinaClock.nowOffset(), caseNumber);
    if (!ends.declare(end)) {
      // Another declaration for the county committed while this one ran.
      alreadyDeclared(ends.of(code).orElseThrow());
    }
    trail.record(user, caseNumber, code, WHAT, "countyCode=" + code + "; endedOn=" + endedOn + "; basis=" + basis);
  }

  /** A county officer who leaves the county empty means their own (Tasklist's start forms cannot be pre-filled). */
  private void fillInOwnCounty(DelegateExecution execution) {
    if (execution.getVariable(COUNTY) instanceof String given && !given.isBlank()) {
      return;
    }
    access.caller().map(access::groupsOf).map(Jurisdiction::new).flatMap(area -> area.only(OrgLevel.COUNTY))
        .ifPresent(own -> execution.setVariable(COUNTY, own));
  }

  /** The county's own staff, or an admin. */
  private boolean mayDeclare(String countyCode) {
    return access.caller().map(caller -> access.inAnyOrAdmin(caller, List.of(OrgLevel.COUNTY.groupOf(countyCode))))
        .orElse(false);
  }

  private static void alreadyDeclared(EpidemicEnds.End earlier) {
    throw new InvalidInputException(WHAT, List.of(new Problem(COUNTY, "该县（市、区）已宣布疫情结束（" + earlier.endedOn()
        + "，" + earlier.businessKey() + "），不能重复宣布")));
  }
}
