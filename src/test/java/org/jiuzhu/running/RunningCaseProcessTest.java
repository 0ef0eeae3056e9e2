package org.jiuzhu.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.OverdueSteps.assertEscalated;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jiuzhu.dibao.DibaoFixtures.bornOn;
import static org.jiuzhu.dibao.DibaoEnrolments.enrolledHousehold;
import static org.jiuzhu.dibao.DibaoEnrolments.job;
import static org.jiuzhu.dibao.DibaoFixtures.member;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.household.Household;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every path of processes/dibao-case.bpmn: reviews a year and half a year apart, keep, change and exit, the risk
 * assessment, the gradual exit, exits held during an epidemic, late reviews; the engine clock moves across years.
 * Enrolment (dibao-application) ends at 2026-03-09 00:00 China time, when its public notice ends.
 */
@SpringBootTest
@ActiveProfiles("test")
class RunningCaseProcessTest {

  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
  static final String VILLAGE_CLERK = "clerk1";
  static final String VILLAGE_GROUP = "village-" + P1Fixtures.VILLAGE_A;
  static final String TOWNSHIP_REVIEWER = "reviewer1";
  static final String TOWNSHIP_GROUP = "township-" + P1Fixtures.TOWNSHIP_A;

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RunningCases cases;
  @Autowired BenefitInForce benefits;
  @Autowired RunningCaseController controller;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;
  @Autowired LocalStandards standards;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(APPLIED);
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    ClockUtil.reset();
    jdbc.sql("DELETE FROM local_standard WHERE county_code = '220102' AND effective_from > DATE '2026-01-01'").update();
    jdbc.sql("DELETE FROM exit_suspension WHERE county_code = '220102'").update();
    // The demo county's epidemic has not ended for the other tests (fast-track cases wait for it).
    jdbc.sql("DELETE FROM epidemic_end WHERE county_code = '220102'").update();
  }

  @Test
  void aStableHouseholdIsReviewedYearlyAndAKeptBenefitStaysAsItWas() {
    ProcessInstance c = household3At300();
    RunningCase row = cases.get(c.getBusinessKey());
    assertThat(row.status()).isEqualTo(RunningCase.ACTIVE);
    assertThat(row.unstableIncome()).isFalse();
    assertThat(row.payeeRef()).isNotBlank();
    assertThat(row.enrolledFrom()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(cases.members(c.getBusinessKey())).hasSize(3);
    assertThat(cases.history(c.getBusinessKey())).extracting(HistoryEntry::what, HistoryEntry::oldValue,
        HistoryEntry::newValue).containsExactly(tuple("STATUS", null, "ACTIVE"),
        tuple("BENEFIT", null, "1380.00"));

    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    assertThat(review).hasCandidateGroup(VILLAGE_GROUP);
    assertThat(review.getDueDate()).isEqualTo(job(c, "Event_ReviewOverdue").getDuedate());
    asVillage(() -> tasks.complete(review.getId(), review("KEEP", "家庭人口、收入、财产无变化")));

    assertThat(c).hasPassed("Task_ScheduleNextReview").hasNotPassed("Task_ChangeBenefit", "Task_AssessRelapseRisk")
        .isWaitingAt("Event_ReviewDue");
    assertThat(job(c, "Event_ReviewDue").getDuedate()).isEqualTo(date("2028-03-09T00:00:00+08:00"));
    assertThat(cases.history(c.getBusinessKey())).hasSize(2);
    // The next year's review starts from a blank result: last year's is history.
    Task next = reviewDue(c, "2028-03-09T00:00:00+08:00");
    assertThat(tasks.getVariables(next.getId())).doesNotContainKeys("reviewResult", "reviewReasons");
  }

  @Test
  void aChangedIncomeChangesTheBenefitFromNextMonthWithWhoWhenWhyOldAndNewAndUnstableIncomeIsReviewedHalfYearly() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    Map<String, Object> change = review("CHANGE", "配偶失业，月收入降为0");
    change.put("incomeChanges", "[{\"member\": 2, \"monthlyIncome\": \"0\", \"worksAway\": false}, {}]");
    change.put("incomeUnstable", true);
    asVillage(() -> tasks.complete(review.getId(), change));

    assertThat(c).hasPassed("Task_ChangeBenefit", "Task_ScheduleNextReview").isWaitingAt("Event_ReviewDue");
    // 760 × 3 − (500 + 0 + 0) = 1780.00
    assertThat(BpmnAwareTests.runtimeService().getVariable(c.getId(), "monthlyBenefit")).isEqualTo("1780.00");
    HistoryEntry last = lastChange(c);
    assertThat(last.what()).isEqualTo("BENEFIT");
    assertThat(last.oldValue()).isEqualTo("1380.00");
    assertThat(last.newValue()).isEqualTo("1780.00");
    assertThat(last.changedBy()).isEqualTo(VILLAGE_CLERK);
    assertThat(last.reason()).isEqualTo("配偶失业，月收入降为0");
    assertThat(last.changedAt().toInstant()).isEqualTo(Instant.parse("2027-03-08T16:00:00Z"));
    assertThat(cases.get(c.getBusinessKey()).unstableIncome()).isTrue();
    assertThat(job(c, "Event_ReviewDue").getDuedate()).isEqualTo(date("2027-09-09T00:00:00+08:00"));
  }

  @Test
  void aReviewWithoutReasonsANegativeIncomeAChangeToNothingOrAnExitWithoutCauseIsRefusedAndNothingIsStored() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    List<CaseMember> members = cases.members(c.getBusinessKey());

    assertRefused(review, review("KEEP", " "), "reviewReasons");
    Map<String, Object> negative = review("CHANGE", "配偶收入变化");
    negative.put("incomeChanges", "[{\"member\": 2, \"monthlyIncome\": \"-100.00\"}]");
    assertRefused(review, negative, "incomeChanges[1].monthlyIncome");
    Map<String, Object> unknownMember = review("CHANGE", "成员收入变化");
    unknownMember.put("incomeChanges", "[{\"member\": 9, \"monthlyIncome\": \"100.00\"}]");
    assertRefused(review, unknownMember, "incomeChanges[1].member");
    assertRefused(review, review("CHANGE", "收入变化"), "incomeChanges");
    // 500 + 2000 + 0 = 2500 ≥ 760 × 3 = 2280: nothing left to pay, so it is an exit, not a change.
    Map<String, Object> toNothing = review("CHANGE", "配偶找到工作");
    toNothing.put("incomeChanges", "[{\"member\": 2, \"monthlyIncome\": \"2000.00\"}]");
    assertRefused(review, toNothing, "reviewResult");
    assertRefused(review, review("END", "收入超过标准"), "exitCause");

    assertThat(c).isWaitingAt("Task_ReviewInVillage");
    assertThat(cases.members(c.getBusinessKey())).isEqualTo(members);
    assertThat(cases.history(c.getBusinessKey())).hasSize(2);
  }

  @Test
  void incomeRisenThroughWorkPassesTheRiskAssessmentThenTheGradualExitAndEndsAfterItsLastPaidMonth() {
    ProcessInstance c = household3At300();
    List<String> hashes = memberHashes(c);
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    Map<String, Object> exit = review("END", "户主外出务工，家庭人均收入超过低保标准");
    exit.put("exitCause", "INCOME_FROM_WORK");
    asVillage(() -> tasks.complete(review.getId(), exit));

    Task risk = task("Task_AssessRelapseRisk", c);
    assertThat(risk).hasCandidateGroup(TOWNSHIP_GROUP);
    assertThat(risk.getDueDate()).isNotNull();
    assertThatThrownBy(() -> asTownship(() -> tasks.complete(risk.getId(), Map.of("relapseRisk", "LOW"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("exitApproved").hasMessageContaining("riskOpinion");
    asTownship(() -> tasks.complete(risk.getId(), assessment(true, "务工收入稳定，返贫风险低")));

    assertThat(c).hasPassed("Task_StartGradualExit").isWaitingAt("Event_GradualExitOver");
    RunningCase gradual = cases.get(c.getBusinessKey());
    assertThat(gradual.status()).isEqualTo(RunningCase.GRADUAL_EXIT);
    // Decided in March 2027: March and 3 months more are paid.
    assertThat(gradual.paidThrough()).isEqualTo(LocalDate.of(2027, 6, 30));
    HistoryEntry started = lastChange(c);
    assertThat(started.oldValue()).isEqualTo("ACTIVE");
    assertThat(started.newValue()).isEqualTo("GRADUAL_EXIT");
    assertThat(started.changedBy()).isEqualTo(TOWNSHIP_REVIEWER);

    Job over = job(c, "Event_GradualExitOver");
    assertThat(over.getDuedate()).isEqualTo(date("2027-07-01T00:00:00+08:00"));
    at(over.getDuedate().toInstant());
    management.executeJob(over.getId());

    assertThat(c).hasPassed("Task_CheckExitSuspension", "Task_EndRunningCase").isEnded();
    RunningCase ended = cases.get(c.getBusinessKey());
    assertThat(ended.status()).isEqualTo(RunningCase.ENDED);
    assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(lastChange(c).changedBy()).isEqualTo("system");
    assertThat(lastChange(c).reason()).contains("户主外出务工").contains("务工收入稳定，返贫风险低");
    hashes.forEach(h -> {
      assertThat(registers.enrolledOn(h, LocalDate.of(2027, 7, 1))).containsExactly(RegisterType.DIBAO);
      assertThat(registers.enrolledOn(h, LocalDate.of(2027, 7, 2))).isEmpty();
    });
  }

  @Test
  void aHighRiskOfFallingBackKeepsTheCaseInCareUntilTheNextReview() {
    ProcessInstance c = household3At300();
    exitProposed(c, "家庭人均收入略高于标准");
    Task risk = task("Task_AssessRelapseRisk", c);
    Map<String, Object> keep = assessment(false, "户主患慢性病，收入不稳定，返贫风险高");
    keep.put("relapseRisk", "HIGH");
    asTownship(() -> tasks.complete(risk.getId(), keep));

    assertThat(c).hasPassed("Task_RescheduleAfterAssessment").hasNotPassed("Task_EndRunningCase")
        .isWaitingAt("Event_ReviewDue");
    assertThat(cases.get(c.getBusinessKey()).status()).isEqualTo(RunningCase.ACTIVE);
    assertThat(job(c, "Event_ReviewDue").getDuedate()).isEqualTo(date("2028-03-09T00:00:00+08:00"));
  }

  @Test
  void anExitDueWhileTheCountySuspendsExitsWaitsAndGoesAheadWhenTheSwitchIsLifted() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");

    identity.setAuthentication(VILLAGE_CLERK, List.of(VILLAGE_GROUP));
    assertThatThrownBy(() -> controller.setExitSuspension("220102", Map.of("suspended", true, "reason", "疫情")))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("403");
    identity.setAuthentication("officer1", List.of("county-220102"));
    assertThatThrownBy(() -> controller.setExitSuspension("220102", Map.of("reason", "")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("suspended").hasMessageContaining("reason");
    assertThat(controller.exitSuspension("220102").suspended()).isFalse();
    controller.setExitSuspension("220102", Map.of("suspended", true, "reason", "新冠肺炎疫情防控期间暂停退出"));
    identity.clearAuthentication();

    Map<String, Object> exit = review("END", "家庭人均收入超过标准");
    exit.put("exitCause", "OTHER");
    asVillage(() -> tasks.complete(review.getId(), exit));
    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), assessment(true, "返贫风险低")));
    assertThat(c).hasPassed("Task_CheckExitSuspension").isWaitingAt("Event_ExitsResumed");
    assertThat(cases.get(c.getBusinessKey()).status()).isEqualTo(RunningCase.ACTIVE);

    at(OffsetDateTime.parse("2027-05-20T09:00:00+08:00"));
    identity.setAuthentication("officer1", List.of("county-220102"));
    ExitSuspensions.Switch lifted = controller.setExitSuspension("220102", Map.of("suspended", false, "reason", "疫情结束"));
    identity.clearAuthentication();
    assertThat(lifted.suspended()).isFalse();
    assertThat(lifted.changedBy()).isEqualTo("officer1");

    assertThat(c).hasPassed("Task_EndRunningCase").isEnded();
    assertThat(cases.get(c.getBusinessKey()).endedOn()).isEqualTo(LocalDate.of(2027, 5, 20));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE business_key = 'EXIT-SUSPENSION' AND user_id = 'officer1'")
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void theCountyDeclaringItsEpidemicEndedLiftsItsExitSuspensionAndTheWaitingExitGoesAhead() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    as("demo", "camunda-admin", () -> controller.setExitSuspension("220102",
        Map.of("suspended", true, "reason", "新冠肺炎疫情防控期间暂停退出")));
    Map<String, Object> exit = review("END", "家庭人均收入超过标准");
    exit.put("exitCause", "OTHER");
    asVillage(() -> tasks.complete(review.getId(), exit));
    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), assessment(true, "返贫风险低")));
    assertThat(c).isWaitingAt("Event_ExitsResumed");

    at(OffsetDateTime.parse("2027-05-20T09:00:00+08:00"));
    ProcessInstance declared = BpmnAwareTests.runtimeService().startProcessInstanceByKey("epidemic-end",
        Map.of("countyCode", "220102", "endedOn", "2027-05-20", "basis", "南关区疫情防控指挥部2027年第9号通告"));
    assertThat(c).isWaitingAt("Event_ExitsResumed");
    Job notify = management.createJobQuery().processInstanceId(declared.getId()).singleResult();
    management.executeJob(notify.getId());

    assertThat(declared).hasPassed("Task_NotifyWaitingCases", "Task_LiftExitSuspension").isEnded();
    assertThat(c).hasPassed("Task_EndRunningCase").isEnded();
    assertThat(cases.get(c.getBusinessKey()).endedOn()).isEqualTo(LocalDate.of(2027, 5, 20));
    identity.setAuthentication("officer1", List.of("county-220102"));
    ExitSuspensions.Switch lifted = controller.exitSuspension("220102");
    assertThat(lifted.suspended()).isFalse();
    assertThat(lifted.changedBy()).isEqualTo("system");
    assertThat(lifted.reason()).contains(declared.getBusinessKey());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE business_key = 'EXIT-SUSPENSION' AND user_id = 'system'"
        + " AND action = '恢复退出'").query(Long.class).single()).isEqualTo(1);

    // The switch keeps its own endpoint; lifting what is already lifted, as a retried job would, changes nothing.
    assertThat(controller.setExitSuspension("220102", Map.of("suspended", false, "reason", "再次恢复")).changedBy())
        .isEqualTo("system");
    identity.clearAuthentication();
  }

  @Test
  void aLateReviewGoesToTheCountysSupervisorsAndThenTheCitysAndEndsWithTheReview() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    Instant due = review.getDueDate().toInstant();
    at(due.plusSeconds(60));
    management.executeJob(job(c, "Event_ReviewOverdue").getId());
    assertEscalated(tasks, c, "Task_ReviewInVillage", "Task_SuperviseReviewOverdue", "supervisor-220102",
        "村（社区）定期核查", "幸福社区", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ChinaClock.ZONE)));
    Job toCity = job(c, "Event_ReviewSupervisionOverdue");
    at(toCity.getDuedate().toInstant());
    management.executeJob(toCity.getId());
    assertThat(task("Task_CitySuperviseReviewOverdue", c)).hasCandidateGroup("supervisor-2201");

    asVillage(() -> tasks.complete(task("Task_ReviewInVillage", c).getId(), review("KEEP", "无变化")));
    assertThat(c).isWaitingAt("Event_ReviewDue");
    assertThat(tasks.createTaskQuery().processInstanceId(c.getId()).count()).isZero();
  }

  @Test
  void aLateRiskAssessmentGoesToTheCountysSupervisorsAndThenTheCitysAndEndsWithTheAssessment() {
    ProcessInstance c = household3At300();
    exitProposed(c, "家庭人均收入超过标准");
    Task risk = task("Task_AssessRelapseRisk", c);
    Job overdue = job(c, "Event_RiskAssessmentOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(risk.getDueDate());
    Instant due = risk.getDueDate().toInstant();
    at(due.plusSeconds(60));
    management.executeJob(overdue.getId());
    assertEscalated(tasks, c, "Task_AssessRelapseRisk", "Task_SuperviseRiskAssessmentOverdue", "supervisor-220102",
        "返贫风险评估", "幸福街道", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ChinaClock.ZONE)));
    Job toCity = job(c, "Event_RiskAssessmentSupervisionOverdue");
    at(toCity.getDuedate().toInstant());
    management.executeJob(toCity.getId());
    assertThat(task("Task_CitySuperviseRiskAssessmentOverdue", c)).hasCandidateGroup("supervisor-2201");
    tasks.complete(task("Task_CitySuperviseRiskAssessmentOverdue", c).getId(), Map.of("supervisionNote", "市级督办"));
    assertThat(c).hasPassed("Event_RiskAssessmentCitySupervised").isWaitingAt("Task_AssessRelapseRisk");

    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), assessment(false, "返贫风险高，暂不退出")));
    assertThat(c).hasPassed("Event_RiskStepDone", "Task_RescheduleAfterAssessment").isWaitingAt("Event_ReviewDue");
    assertThat(tasks.createTaskQuery().processInstanceId(c.getId()).count()).isZero();
  }

  @Test
  void theCountysSupervisorsSuperviseALateRiskAssessment() {
    ProcessInstance c = household3At300();
    exitProposed(c, "家庭人均收入超过标准");
    at(task("Task_AssessRelapseRisk", c).getDueDate().toInstant().plusSeconds(60));
    management.executeJob(job(c, "Event_RiskAssessmentOverdue").getId());
    tasks.complete(task("Task_SuperviseRiskAssessmentOverdue", c).getId(), Map.of("supervisionNote", "请尽快评估"));
    assertThat(c).hasPassed("Event_RiskAssessmentSupervised").isWaitingAt("Task_AssessRelapseRisk");
  }

  @Test
  void theSupervisionTasksOfALateReviewAreDoneByTheirSupervisors() {
    ProcessInstance c = household3At300();
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    at(review.getDueDate().toInstant().plusSeconds(60));
    management.executeJob(job(c, "Event_ReviewOverdue").getId());
    tasks.complete(task("Task_SuperviseReviewOverdue", c).getId(), Map.of("supervisionNote", "请尽快核查"));
    assertThat(c).hasPassed("Event_ReviewSupervised").isWaitingAt("Task_ReviewInVillage");
    asVillage(() -> tasks.complete(task("Task_ReviewInVillage", c).getId(), review("KEEP", "无变化")));

    // A year from the day the late review was done.
    Task second = reviewDue(c, "2028-03-23T00:00:00+08:00");
    at(second.getDueDate().toInstant().plusSeconds(60));
    management.executeJob(job(c, "Event_ReviewOverdue").getId());
    Job toCity = job(c, "Event_ReviewSupervisionOverdue");
    at(toCity.getDuedate().toInstant());
    management.executeJob(toCity.getId());
    tasks.complete(task("Task_CitySuperviseReviewOverdue", c).getId(), Map.of("supervisionNote", "市级督办"));
    assertThat(c).hasPassed("Event_ReviewCitySupervised").isWaitingAt("Task_ReviewInVillage");
  }

  @Test
  void aMemberWorkingAwayMeansHalfYearlyReviewsAndAKeyMemberAndARaisedStandardCountFromTheirMonth() {
    List<Map<String, Object>> members = List.of(
        worksAway(member("SELF", P1Fixtures.idNumber(), "2000.00")),
        member("PARENT", bornOn(LocalDate.of(1954, 5, 1)), "0"),
        member("CHILD", P1Fixtures.idNumber(), "0"));
    ProcessInstance c = enrolledHousehold(members);
    RunningCase row = cases.get(c.getBusinessKey());
    assertThat(row.unstableIncome()).isTrue();
    assertThat(job(c, "Event_ReviewDue").getDuedate()).isEqualTo(date("2026-09-09T00:00:00+08:00"));
    // Work cost 2120 − 760 = 1360 off 2000: counted 640; 760 × 3 − 640 = 1640.00; the parent aged 72: + 76.00.
    assertThat(BpmnAwareTests.runtimeService().getVariable(c.getId(), "monthlyBenefit")).isEqualTo("1716.00");

    standards.save(new LocalStandard("220102", LocalDate.of(2027, 1, 1), new BigDecimal("800.00"),
        new BigDecimal("600.00"), new BigDecimal("2120.00")));
    List<CaseMember> kept = cases.members(c.getBusinessKey());
    assertThat(benefits.of(row, kept, YearMonth.of(2026, 12))).isEqualTo(new BigDecimal("1716.00"));
    // From January: work cost 2120 − 800 = 1320, counted 680; 800 × 3 − 680 = 1720.00; + 80.00.
    assertThat(benefits.of(row, kept, YearMonth.of(2027, 1))).isEqualTo(new BigDecimal("1800.00"));
    assertThat(cases.members(c.getBusinessKey())).isEqualTo(kept);
  }

  // ------------------------------------------------------------------------------------------------------

  /** 3 adults, incomes 500, 400 and 0: per capita 300 under 760, 1380.00 a month. */
  private ProcessInstance household3At300() {
    ProcessInstance c = enrolledHousehold(List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(), P1Fixtures.idNumber()),
        "500.00", "400.00", "0");
    assertThat(c).isWaitingAt("Event_ReviewDue");
    assertThat(BpmnAwareTests.runtimeService().getVariable(c.getId(), "monthlyBenefit")).isEqualTo("1380.00");
    return c;
  }

  private static Map<String, Object> worksAway(Map<String, Object> member) {
    Map<String, Object> m = new HashMap<>(member);
    m.put("worksAway", true);
    return m;
  }

  /** Moves the clock to the review's due time (not a minute earlier is it due) and opens the review. */
  private Task reviewDue(ProcessInstance c, String due) {
    Job timer = job(c, "Event_ReviewDue");
    assertThat(timer.getDuedate()).isEqualTo(date(due));
    at(timer.getDuedate().toInstant().minusSeconds(60));
    assertThat(management.createJobQuery().processInstanceId(c.getId()).executable().activityId("Event_ReviewDue")
        .count()).isZero();
    at(timer.getDuedate().toInstant());
    management.executeJob(timer.getId());
    return task("Task_ReviewInVillage", c);
  }

  /** Opens the review due on 2027-03-09 and ends it with an exit for another cause than work. */
  private void exitProposed(ProcessInstance c, String reasons) {
    Task review = reviewDue(c, "2027-03-09T00:00:00+08:00");
    Map<String, Object> exit = review("END", reasons);
    exit.put("exitCause", "OTHER");
    asVillage(() -> tasks.complete(review.getId(), exit));
  }

  private static Map<String, Object> review(String result, String reasons) {
    Map<String, Object> v = new HashMap<>();
    v.put("reviewResult", result);
    v.put("reviewReasons", reasons);
    return v;
  }

  private static Map<String, Object> assessment(boolean exit, String opinion) {
    Map<String, Object> v = new HashMap<>();
    v.put("relapseRisk", "LOW");
    v.put("exitApproved", exit);
    v.put("riskOpinion", opinion);
    return v;
  }

  private void assertRefused(Task review, Map<String, Object> variables, String field) {
    assertThatThrownBy(() -> asVillage(() -> tasks.complete(review.getId(), variables)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
  }

  private void asVillage(Runnable step) {
    as(VILLAGE_CLERK, VILLAGE_GROUP, step);
  }

  private void asTownship(Runnable step) {
    as(TOWNSHIP_REVIEWER, TOWNSHIP_GROUP, step);
  }

  private void as(String user, String group, Runnable step) {
    identity.setAuthentication(user, List.of(group));
    try {
      step.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private HistoryEntry lastChange(ProcessInstance c) {
    List<HistoryEntry> history = cases.history(c.getBusinessKey());
    return history.get(history.size() - 1);
  }

  private List<String> memberHashes(ProcessInstance c) {
    String household = (String) BpmnAwareTests.runtimeService().getVariable(c.getId(), "household");
    return Household.fromKept(household).members().stream()
        .map(m -> vault.idNumberHash(m.idNumber())).toList();
  }
}
