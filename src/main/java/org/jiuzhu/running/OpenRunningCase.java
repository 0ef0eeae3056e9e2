package org.jiuzhu.running;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.Member;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.standards.CountyShares;
import org.springframework.stereotype.Component;

/**
 * 建立在保档案: writes the running case and the members its benefit counts (the whole household for 低保 by
 * household; the applicant alone for 单人户 and 特困), computes this month's benefit and schedules the first
 * review. Birth dates are read once from the vault's ID numbers, since ages decide extra shares month by month.
 */
@Component("openRunningCase")
class OpenRunningCase implements JavaDelegate {

  static final String SINGLE_PERSON_SHARE = "dibao-single-person-share";

  private final RunningCases cases;
  private final BenefitInForce benefits;
  private final ReviewSchedule schedule;
  private final PersonalDataVault vault;
  private final DecisionService decisions;

  OpenRunningCase(RunningCases cases, BenefitInForce benefits, ReviewSchedule schedule, PersonalDataVault vault,
      DecisionService decisions) {
    this.cases = cases;
    this.benefits = benefits;
    this.schedule = schedule;
    this.vault = vault;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Household household = Household.fromKept((String) execution.getVariable("household"));
    String type = (String) execution.getVariable("assistanceType");
    String category = (String) execution.getVariable("singlePersonCategory");
    boolean byHousehold = "DIBAO".equals(type) && category == null;
    List<Member> counted = byHousehold ? household.members() : List.of(household.applicant());
    List<CaseMember> members = new ArrayList<>();
    for (Member m : counted) {
      LocalDate born = ResidentIdNumber.birthDate(vault.revealIdNumber(m.idNumber()));
      members.add(new CaseMember(household.members().indexOf(m) + 1, m.monthlyIncome(), m.worksAway(), born,
          m.seriousIllness(), m.seriouslyDisabled()));
    }
    String county = (String) execution.getVariable("countyCode");
    // 收入不稳定且有劳动能力: a member earning away from home; the village revises it at each review.
    boolean unstable = counted.stream().anyMatch(Member::worksAway);
    RunningCase c = new RunningCase(execution.getProcessBusinessKey(),
        (String) execution.getVariable("applicationCaseNumber"), type, (String) execution.getVariable("residence"),
        county, (String) execution.getVariable("townshipCode"), (String) execution.getVariable("villageCode"),
        (String) execution.getVariable("applicantRef"), RunningCase.ACTIVE,
        category == null ? null : singlePersonShare(county, category), unstable,
        LocalDate.parse((String) execution.getVariable("enrolledFrom")), null, null);
    cases.open(c, members);
    BigDecimal benefit = benefits.of(c, members, YearMonth.from(ChinaClock.today()));
    String reason = "由申请案件 " + c.applicationKey() + " 纳入";
    cases.record(c.businessKey(), RunningCases.actor(), HistoryEntry.STATUS, null, RunningCase.ACTIVE, reason);
    cases.record(c.businessKey(), RunningCases.actor(), HistoryEntry.BENEFIT, null, benefit.toPlainString(), reason);
    execution.setVariable(RunningCaseVariables.STATUS, RunningCase.ACTIVE);
    execution.setVariable(RunningCaseVariables.MONTHLY_BENEFIT, benefit.toPlainString());
    execution.setVariable(RunningCaseVariables.NEXT_REVIEW_DUE, schedule.nextReview(unstable));
  }

  private BigDecimal singlePersonShare(String county, String category) {
    return CountyShares.of(decisions, SINGLE_PERSON_SHARE, county, category);
  }
}
