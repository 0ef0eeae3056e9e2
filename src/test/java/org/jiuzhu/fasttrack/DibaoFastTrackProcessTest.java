package org.jiuzhu.fasttrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.jiuzhu.OverdueSteps.assertEscalated;
import static org.jiuzhu.fasttrack.FastTrackFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.TablesContaining;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.epidemic.EpidemicEnds;
import org.jiuzhu.fasttrack.FastTrackFixtures.Area;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.household.Household;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.unemployed.P1Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of processes/dibao-fast-track.bpmn and epidemic-end.bpmn: the same-day steps and their escalation
 * (by moving the engine clock), the payment, the three-level archive, the wait for the county's end of the
 * epidemic and the full formalities after it, ending in a running case or in recovery.
 */
@SpringBootTest
@ActiveProfiles("test")
class DibaoFastTrackProcessTest {

  /** Monday 2 March 2026, 10:00 China time: the same-day steps are due at 17:30. */
  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired OrgUnits orgUnits;
  @Autowired LocalStandards standards;
  @Autowired PaymentLedger ledger;
  @Autowired CaseArchive archive;
  @Autowired ThreeLevelArchive threeLevels;
  @Autowired Recoveries recoveries;
  @Autowired RefusalNotices notices;
  @Autowired EpidemicEnds ends;
  @Autowired JdbcTemplate jdbc;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;

  Area area;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(APPLIED);
    area = freshArea(orgUnits, standards);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCommitmentApprovedTheSameDayIsPaidOnceFiledAtThreeLevelsAndAfterTheEndBecomesARunningCase() {
    Map<String, Object> application = application(area);
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application);
    assertThat(pi.getBusinessKey()).matches("DBTB-2026-\\d{6}");
    assertThat(task("Task_ReviewInVillage", pi)).hasCandidateGroup("village-" + area.village())
        .hasDueDate(date("2026-03-02T17:30:00+08:00"));
    reviewInVillage(pi, true);
    assertThat(task("Task_ApproveInTownship", pi)).hasCandidateGroup("township-" + area.township())
        .hasDueDate(date("2026-03-02T17:30:00+08:00"));
    approveInTownship(pi, true);

    assertThat(pi).isWaitingAt("Task_PayTemporaryAssistance");
    management.executeJob(job(pi, "Task_PayTemporaryAssistance").getId());
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo(URBAN_STANDARD));
    assertThat(task("Task_FileInCounty", pi)).hasCandidateGroup("county-" + area.county())
        .hasDueDate(date("2026-03-02T17:30:00+08:00"));
    fileInCounty(pi);

    assertThat(threeLevels.of(pi.getBusinessKey())).extracting(ThreeLevelArchive.Entry::archiveLevel,
        ThreeLevelArchive.Entry::unitCode).containsExactly(
            tuple(ThreeLevelArchive.Level.VILLAGE, area.village()),
            tuple(ThreeLevelArchive.Level.TOWNSHIP, area.township()),
            tuple(ThreeLevelArchive.Level.COUNTY, area.county()));
    assertThat(pi).isWaitingAt("Gateway_AwaitEpidemicEnd");
    // Another county's waiting case does not move when this county's epidemic ends.
    Area other = freshArea(orgUnits, standards);
    ProcessInstance elsewhere = waiting(other);

    at(APPLIED.plusDays(20));
    declareEnd(area.county(), "2026-03-20");

    assertThat(elsewhere).isWaitingAt("Gateway_AwaitEpidemicEnd");
    assertThat(pi).isWaitingAt("Task_CheckEnrolledElsewhere");
    assertThat(runtime.getVariable(pi.getId(), "epidemicEndedOn")).isEqualTo("2026-03-20");
    ProcessInstance regular = formalitiesOf(pi);
    assertThat(regular.getBusinessKey()).matches("DBSQ-2026-\\d{6}");
    Map<String, Object> taken = runtime.getVariables(regular.getId());
    assertThat(taken).containsEntry("fastTrackCaseNumber", pi.getBusinessKey()).containsEntry("householdSize", 2L)
        .containsEntry("residence", "RURAL").containsEntry("townshipCode", area.township())
        .doesNotContainKeys("applicantIdNumber", "bankAccount", "householdMembers");
    assertThat(taken.get("applicantIdNumberMasked")).isEqualTo(runtime.getVariable(pi.getId(), "applicantIdNumberMasked"));

    completeRegularApplication(regular);

    assertThat(regular).isEnded();
    assertThat(pi).hasPassed("Event_EpidemicEnded", "Task_ArchiveCase").hasNotPassed("Task_OrderRecovery").isEnded();
    Map<String, Object> outcome = historicVariables(history, pi);
    assertThat(outcome).containsEntry("outcome", "ENROLLED").containsEntry("applicationCaseNumber", regular.getBusinessKey())
        .containsEntry("monthlyBenefit", "900.00");
    String running = (String) outcome.get("dibaoCaseNumber");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dibao-case").processInstanceBusinessKey(running)
        .singleResult()).isNotNull();
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("ENROLLED");
    assertThat(ledger.of(pi.getBusinessKey())).hasSize(1);
    assertThat(recoveries.of(pi.getBusinessKey())).isEmpty();
    // The regular application took the clear numbers out of the vault and put them back: none was written.
    Matcher ids = Pattern.compile("\\d{17}[\\dX]").matcher((String) application.get("householdMembers"));
    while (ids.find()) {
      assertThat(TablesContaining.text(jdbc, ids.group())).as("tables holding a member's ID number").isEmpty();
    }
    assertThat(TablesContaining.text(jdbc, (String) application.get("bankAccount"))).isEmpty();
  }

  @Test
  void aCommitmentTheFullFormalitiesFindUntrueEndsInRecoveryOfWhatWasPaid() {
    ProcessInstance pi = waiting(area);
    declareEnd(area.county(), "2026-03-02");
    ProcessInstance regular = formalitiesOf(pi);

    complete(task("Task_InvestigateHousehold", regular), withVariables("investigationMethod", "VISIT",
        "investigators", "王秀英", "investigationDate", "2026-03-02", "villageVerified", false,
        "villageOpinion", "入户调查发现申请人在外地有稳定工作"));

    assertThat(regular).isEnded();
    assertThat(pi).isWaitingAt("Task_OrderRecovery");
    assertThat(task("Task_OrderRecovery", pi)).hasCandidateGroup("township-" + area.township());
    String order = task("Task_OrderRecovery", pi).getId();
    assertThatThrownBy(() -> tasks.complete(order, Map.of("liabilityNote", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("liabilityNote");
    assertThatThrownBy(() -> tasks.complete(order, Map.of("liabilityNote", "隐瞒收入", "recoveryAmount", "1.00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("recoveryAmount");
    tasks.complete(order, Map.of("liabilityNote", "隐瞒在外地稳定工作的收入，责令退还临时救助金"));

    assertThat(pi).hasPassed("Task_RecordRecovery", "Task_ArchiveCase").isEnded();
    Recoveries.Recovery recovery = recoveries.of(pi.getBusinessKey()).orElseThrow();
    assertThat(recovery.amount()).isEqualByComparingTo(URBAN_STANDARD);
    assertThat(recovery.countyCode()).isEqualTo(area.county());
    assertThat(recovery.refusalReason()).contains("在外地有稳定工作");
    assertThat(recovery.liabilityNote()).contains("责令退还");
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "RECOVERY").containsEntry("recoveryAmount", "760.00");
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("RECOVERY");
  }

  @Test
  void aMemberEnrolledElsewhereWhileTheCaseWaitsEndsItRefusedInWritingRatherThanInAnIncident() throws Exception {
    Map<String, Object> application = application(area);
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application);
    // While the case is open, nobody of its household may be the subject of another application.
    List<Map<String, Object>> members = List.of(DibaoFixtures.member("SELF", P1Fixtures.idNumber(), "0"),
        DibaoFixtures.member("CHILD", secondMember(application), "0"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("dibao-application", DibaoFixtures.application("DIBAO", members)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("householdMembers[2].idNumber")
        .hasMessageContaining(pi.getBusinessKey());
    reviewInVillage(pi, true);
    approveInTownship(pi, true);
    management.executeJob(job(pi, "Task_PayTemporaryAssistance").getId());
    fileInCounty(pi);
    assertThat(pi).isWaitingAt("Gateway_AwaitEpidemicEnd");
    // The second member is enrolled by an import meanwhile.
    String ref = Household.fromKept((String) runtime.getVariable(pi.getId(), "household")).members().get(1).idNumber();
    assertThat(registers.enrol(new Enrolment(vault.idNumberHash(ref), RegisterType.DIBAO, "22", "220102",
        LocalDate.of(2026, 3, 10), null))).isTrue();

    at(APPLIED.plusDays(20));
    declareEnd(area.county(), "2026-03-20");
    management.executeJob(job(pi, "Task_CheckEnrolledElsewhere").getId());

    assertThat(pi).hasPassed("Gateway_EnrolledElsewhere", "Task_WriteRefusalNotice", "Task_ArchiveCase")
        .hasNotPassed("CallActivity_CompleteFormalities").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED").containsEntry("enrolledElsewhere", true);
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains("第2名家庭成员在先行纳入后已纳入本省低保或特困");
    assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isZero();
    // The case ended: its applicant may apply again.
    Map<String, Object> again = DibaoFixtures.application("DIBAO", List.of(
        DibaoFixtures.member("SELF", (String) application.get("applicantIdNumber"), "0")));
    assertThat(runtime.startProcessInstanceByKey("dibao-application", again)).isNotNull();
  }

  @Test
  void theVillageFindingTheAccountUntrueEndsTheCaseInWritingWithoutPayment() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(area));
    String review = task("Task_ReviewInVillage", pi).getId();
    assertThatThrownBy(() -> tasks.complete(review, Map.of("villageVerified", true, "villageOpinion", "属实")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("verificationMethod");
    assertThatThrownBy(() -> tasks.complete(review, Map.of("verificationMethod", "LETTER", "villageVerified", true,
        "villageOpinion", "属实"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("verificationMethod");
    assertThat(pi).isWaitingAt("Task_ReviewInVillage");

    reviewInVillage(pi, false);

    assertRefused(pi, "经村（社区）审核，情况不属实");
  }

  @Test
  void theTownshipRefusingEndsTheCaseInWritingWithoutPayment() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(area));
    reviewInVillage(pi, true);

    approveInTownship(pi, false);

    assertRefused(pi, "经乡镇（街道）审核，不予纳入");
  }

  @Test
  void eachSameDayStepStillOpenAtCloseOfBusinessGoesToTheSupervisors() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(area));
    at(OffsetDateTime.parse("2026-03-02T17:29:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    at(OffsetDateTime.parse("2026-03-02T17:31:00+08:00"));
    management.executeJob(job(pi, "Event_VillageOverdue").getId());
    assertEscalated(tasks, pi, "Task_ReviewInVillage", "Task_SuperviseVillageOverdue", "supervisor-" + area.county(),
        "村（社区）审核", "特办村" + area.county().substring(4), "2026-03-02 17:30");

    // A late village leaves the township the same day's limit, already passed: it is overdue at once.
    reviewInVillage(pi, true);
    assertThat(task("Task_ApproveInTownship", pi)).hasDueDate(date("2026-03-02T17:30:00+08:00"));
    management.executeJob(job(pi, "Event_TownshipOverdue").getId());
    assertEscalated(tasks, pi, "Task_ApproveInTownship", "Task_SuperviseTownshipOverdue", "supervisor-" + area.county(),
        "乡镇（街道）审批", "特办镇" + area.county().substring(4), "2026-03-02 17:30");

    approveInTownship(pi, true);
    management.executeJob(job(pi, "Task_PayTemporaryAssistance").getId());
    management.executeJob(job(pi, "Event_CountyOverdue").getId());
    assertEscalated(tasks, pi, "Task_FileInCounty", "Task_SuperviseCountyOverdue", "supervisor-" + area.county(),
        "县级民政部门备案", "特办区" + area.county().substring(4), "2026-03-02 17:30");

    // The county's supervisors leaving it two working days pass it to the city's.
    at(OffsetDateTime.parse("2026-03-04T17:31:00+08:00"));
    management.executeJob(job(pi, "Event_CountySupervisionOverdue").getId());
    assertThat(task("Task_CitySuperviseCountyOverdue", pi)).hasCandidateGroup("supervisor-2201");
    fileInCounty(pi);
    assertThat(pi).isWaitingAt("Gateway_AwaitEpidemicEnd");
  }

  @Test
  void anApplicationAfterHoursOrOnAHolidayIsDueByTheEndOfThatDay() {
    at(OffsetDateTime.parse("2026-02-17T19:00:00+08:00")); // 春节, a public holiday
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(area));

    assertThat(task("Task_ReviewInVillage", pi)).hasDueDate(date("2026-02-17T23:59:59+08:00"));
  }

  @Test
  void aCaseReachingItsWaitAfterItsCountysEndGoesStraightToTheFormalities() {
    declareEnd(area.county(), "2026-03-01");

    ProcessInstance pi = throughTheSameDaySteps(area);

    assertThat(pi).hasPassed("Gateway_EpidemicEnded", "Gateway_MergeToFormalities")
        .hasNotPassed("Gateway_AwaitEpidemicEnd", "Event_EpidemicEnded").isWaitingAt("Task_CheckEnrolledElsewhere");
  }

  @Test
  void anEndTheMessageMissedIsFoundByTheDailyRecheck() {
    ProcessInstance pi = waiting(area);
    at(APPLIED.plusDays(1).plusMinutes(1));
    management.executeJob(job(pi, "Event_DailyRecheck").getId());
    assertThat(pi).isWaitingAt("Gateway_AwaitEpidemicEnd");

    // The end committed while the case entered its wait: no message reached it.
    ends.declare(new EpidemicEnds.End(area.county(), LocalDate.of(2026, 3, 3), "吉林省疫情防控领导小组通告", "officer1",
        ChinaClock.nowOffset(), "YQJS-2026-999999"));
    at(APPLIED.plusDays(2).plusMinutes(2));
    management.executeJob(job(pi, "Event_DailyRecheck").getId());

    assertThat(pi).isWaitingAt("Task_CheckEnrolledElsewhere");
  }

  @Test
  void anEndIsDeclaredOnceForAnExistingCountyOnADayNotInTheFuture() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("epidemic-end", end("999999", "2026-03-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyCode");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("epidemic-end", end(area.county(), "2026-03-03")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("endedOn");
    Map<String, Object> undeclared = end(area.county(), "2026-03-01");
    undeclared.put("declaredBy", "officer1");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("epidemic-end", undeclared))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("declaredBy");
    assertThat(ends.of(area.county())).isEmpty();

    ProcessInstance declared = runtime.startProcessInstanceByKey("epidemic-end", end(area.county(), "2026-03-01"));
    assertThat(declared.getBusinessKey()).matches("YQJS-2026-\\d{6}");
    assertThat(ends.of(area.county())).hasValueSatisfying(e -> {
      assertThat(e.endedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(e.declaredBy()).isEqualTo("system");
      assertThat(e.businessKey()).isEqualTo(declared.getBusinessKey());
    });
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("epidemic-end", end(area.county(), "2026-03-02")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyCode").hasMessageContaining("已宣布疫情结束");
    management.executeJob(job(declared, "Task_NotifyWaitingCases").getId());
    assertThat(declared).isEnded();
    assertThat(historicVariables(history, declared)).containsEntry("casesNotified", 0L);
  }

  @Test
  void aStartWithoutTheCommitmentOrWithUndeclaredFieldsIsRefusedAndLeavesNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    Map<String, Object> unsigned = application(area);
    unsigned.put("commitmentSigned", false);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY, unsigned))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("commitmentSigned");
    Map<String, Object> forged = application(area);
    forged.put("approvedAmount", "5000.00");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY, forged))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("approvedAmount");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------------

  private ProcessInstance throughTheSameDaySteps(Area in) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(in));
    reviewInVillage(pi, true);
    approveInTownship(pi, true);
    management.executeJob(job(pi, "Task_PayTemporaryAssistance").getId());
    fileInCounty(pi);
    return pi;
  }

  private static String secondMember(Map<String, Object> application) throws Exception {
    return new ObjectMapper().readTree((String) application.get("householdMembers")).get(1).get("idNumber").asText();
  }

  private ProcessInstance waiting(Area in) {
    ProcessInstance pi = throughTheSameDaySteps(in);
    assertThat(pi).isWaitingAt("Gateway_AwaitEpidemicEnd");
    return pi;
  }

  private void reviewInVillage(ProcessInstance pi, boolean verified) {
    complete(task("Task_ReviewInVillage", pi), withVariables("verificationMethod", "WECHAT", "villageVerified", verified,
        "villageOpinion", verified ? "微信视频核实，家庭情况与承诺一致" : "电话核实，申请人另有稳定收入"));
  }

  private void approveInTownship(ProcessInstance pi, boolean approved) {
    complete(task("Task_ApproveInTownship", pi), withVariables("townshipApproved", approved,
        "townshipOpinion", approved ? "同意先行纳入" : "家庭财产明显超过规定"));
  }

  private void fileInCounty(ProcessInstance pi) {
    complete(task("Task_FileInCounty", pi), withVariables("countyFilingOpinion", "已备案"));
  }

  private static Map<String, Object> end(String county, String endedOn) {
    Map<String, Object> v = new HashMap<>();
    v.put("countyCode", county);
    v.put("endedOn", endedOn);
    v.put("basis", "吉林省疫情防控领导小组通告");
    return v;
  }

  /** Declares the county's end as the system and runs the notification of its waiting cases and their next job. */
  private void declareEnd(String county, String endedOn) {
    ProcessInstance declared = runtime.startProcessInstanceByKey("epidemic-end", end(county, endedOn));
    management.executeJob(job(declared, "Task_NotifyWaitingCases").getId());
    assertThat(declared).isEnded();
  }

  /** Runs the fast track's start of the regular application and returns that application. */
  private ProcessInstance formalitiesOf(ProcessInstance pi) {
    management.executeJob(job(pi, "Task_CheckEnrolledElsewhere").getId());
    assertThat(pi).hasPassed("Task_CheckEnrolledElsewhere").isWaitingAt("CallActivity_CompleteFormalities");
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  private void completeRegularApplication(ProcessInstance regular) {
    String today = ChinaClock.today().toString();
    complete(task("Task_InvestigateHousehold", regular), withVariables("investigationMethod", "VISIT",
        "investigators", "王秀英", "investigationDate", today, "villageVerified", true, "villageOpinion", "入户调查属实"));
    complete(task("Task_CheckFamilyEconomy", regular),
        withVariables("economicCheckPassed", true, "economicCheckOpinion", "收入和财产与申报一致"));
    complete(task("Task_ReviewInTownship", regular), withVariables("townshipApproved", true, "townshipOpinion", "同意纳入"));
    complete(task("Task_PostPublicNotice", regular), withVariables("noticeContent", "拟纳入低保", "noticePlace", "村委会公示栏",
        "noticeFrom", today, "noticeTo", ChinaClock.today().plusDays(6).toString(), "noticePostedBy", "李明"));
    Job noticeEnded = job(regular, "Event_PublicNoticeEnded");
    at(noticeEnded.getDuedate().toInstant());
    management.executeJob(noticeEnded.getId());
  }

  private Job job(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private void assertRefused(ProcessInstance pi, String reason) {
    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_PayTemporaryAssistance")
        .isEnded();
    Map<String, Object> vars = historicVariables(history, pi);
    assertThat(vars).containsEntry("outcome", "REFUSED");
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains(reason);
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("REFUSED");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
  }
}
