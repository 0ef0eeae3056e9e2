package org.jiuzhu.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.jiuzhu.OverdueSteps.assertEscalated;
import static org.jiuzhu.dibao.DibaoEnrolments.*;
import static org.jiuzhu.dibao.DibaoFixtures.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.deployment.ModelDeployer;
import org.jiuzhu.deployment.ModelsProperties;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.registry.WorkCapacity;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every path of processes/dibao-application.bpmn and dibao-case.bpmn; timers by moving the engine clock. */
@SpringBootTest
@ActiveProfiles("test")
class DibaoApplicationProcessTest {

  /** Monday 2 March 2026, China time; 南关区's urban 低保 standard is 760 yuan, its rural one lower. */
  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RefusalNotices notices;
  @Autowired CaseArchive archive;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;
  @Autowired ModelDeployer deployer;
  @Autowired LocalStandards standards;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(APPLIED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void threePeopleWithPerCapitaIncome300UnderAStandardOf760AreEnrolledWith1380AndTheirRunningCaseStarts() {
    List<String> ids = List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(), P1Fixtures.idNumber());
    ProcessInstance pi = start(application("DIBAO", ids, "500.00", "400.00", "0"));
    assertThat(pi.getBusinessKey()).matches("DBSQ-2026-\\d{6}");
    assertThat(pi).hasPassed("Task_AssessApplication");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("householdSize", 3L)
        .containsEntry("perCapitaIncome", "300.00").containsEntry("dibaoStandard", "760.00")
        .containsEntry("monthlyBenefit", "1380.00").containsEntry("eligible", true)
        .containsEntry("economicCheckExempt", false);

    Task investigation = task("Task_InvestigateHousehold", pi);
    assertThat(investigation).hasCandidateGroup("village-" + VILLAGE_A);
    assertThat(investigation.getDueDate()).isEqualTo(date("2026-03-05T17:30:00+08:00"));
    investigate(pi);
    Task check = task("Task_CheckFamilyEconomy", pi);
    assertThat(check).hasCandidateGroup("township-" + TOWNSHIP_A);
    confirmEconomy(pi);
    Task review = task("Task_ReviewInTownship", pi);
    assertThat(review).hasCandidateGroup("township-" + TOWNSHIP_A);
    approveInTownship(pi);

    Task post = task("Task_PostPublicNotice", pi);
    assertThat(post.getDueDate()).isEqualTo(date("2026-03-04T17:30:00+08:00"));
    postNotice(pi, "2026-03-02", "2026-03-08");
    Task objections = task("Task_RegisterObjection", pi);
    assertThat(objections).hasCandidateGroup("township-" + TOWNSHIP_A);
    Job end = job(pi, "Event_PublicNoticeEnded");
    assertThat(end.getDuedate()).isEqualTo(date("2026-03-09T00:00:00+08:00"));
    endPublicNotice(pi);

    assertThat(pi).hasPassed("Task_DecideApprovalLevel", "Task_EnrolInRegister", "Task_StartDibaoCase", "Task_ArchiveCase")
        .hasNotPassed("Task_ApproveInCounty", "Task_WriteRefusalNotice").isEnded();
    Map<String, Object> outcome = historicVariables(history, pi);
    assertThat(outcome).containsEntry("outcome", "ENROLLED").containsEntry("monthlyBenefit", "1380.00")
        .containsEntry("approvalLevel", "TOWNSHIP").containsEntry("enrolledFrom", "2026-03-09");
    ids.forEach(id -> assertThat(registers.enrolledOn(vault.hashOf(id), LocalDate.of(2026, 3, 9)))
        .containsExactly(RegisterType.DIBAO));
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("ENROLLED");

    String caseNumber = (String) outcome.get("dibaoCaseNumber");
    assertThat(caseNumber).matches("DBAJ-2026-\\d{6}");
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey("dibao-case")
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(running).isWaitingAt("Event_ReviewDue");
    assertThat(runtime.getVariables(running.getId())).containsEntry("applicationCaseNumber", pi.getBusinessKey())
        .containsEntry("monthlyBenefit", "1380.00").containsEntry("householdSize", 3L)
        .containsEntry("townshipCode", TOWNSHIP_A).containsEntry("countyCode", COUNTY)
        .doesNotContainKeys("applicantIdNumber", "householdMembers");
    assertThat((String) runtime.getVariable(running.getId(), "household")).doesNotContain(ids.get(0), ids.get(1), ids.get(2));

    // Nothing from outside writes the running case: a message may carry only what its event declares.
    assertThatThrownBy(() -> runtime.createMessageCorrelation("Message_ExitsResumed").processInstanceBusinessKey(caseNumber)
        .setVariable("monthlyBenefit", "9999.00").correlate()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("monthlyBenefit");
  }

  @Test
  void aMemberWorkingAwayIsAssessedAndEnrolledWithTheWorkCostDeductedAsTheRunningCasePays() {
    Map<String, Object> away = member("SELF", P1Fixtures.idNumber(), "2000.00");
    away.put("worksAway", true);
    ProcessInstance pi = start(application("DIBAO", List.of(away, member("SPOUSE", P1Fixtures.idNumber(), "0"))));
    // Declared per capita 1000 is above 760; the work cost 2120 − 760 = 1360 off 2000 counts 640:
    // 760 × 2 − 640 = 880.00.
    assertThat(runtime.getVariables(pi.getId())).containsEntry("eligible", true).containsEntry("monthlyBenefit", "880.00");
    investigate(pi);
    confirmEconomy(pi);
    approveInTownship(pi);
    postNotice(pi, "2026-03-02", "2026-03-08");
    endPublicNotice(pi);

    assertThat(pi).hasPassed("Task_FixMonthlyBenefit", "Task_StartDibaoCase").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "ENROLLED").containsEntry("monthlyBenefit", "880.00");
    assertThat(runtime.getVariable(runningCaseOf(pi).getId(), "monthlyBenefit")).isEqualTo("880.00");
  }

  @Test
  void aKeyMemberAddsTheCountysShareAtEnrolmentAndTheStandardOfTheMonthOfEnrolmentApplies() {
    List<Map<String, Object>> members = List.of(member("SELF", P1Fixtures.idNumber(), "500.00"),
        member("SPOUSE", P1Fixtures.idNumber(), "400.00"), member("PARENT", bornOn(LocalDate.of(1956, 3, 20)), "0"));
    ProcessInstance pi = start(application("DIBAO", members));
    // In March the parent is 70 on the 20th, not on the 1st: (760 − 300) × 3 = 1380.00.
    assertThat(runtime.getVariable(pi.getId(), "monthlyBenefit")).isEqualTo("1380.00");
    investigate(pi);
    confirmEconomy(pi);
    approveInTownship(pi);
    postNotice(pi, "2026-03-24", "2026-03-31");
    standards.save(new LocalStandard(COUNTY, LocalDate.of(2026, 4, 1), new BigDecimal("800.00"), new BigDecimal("600.00"),
        new BigDecimal("2120.00")));
    try {
      endPublicNotice(pi);
    } finally {
      jdbc.sql("DELETE FROM local_standard WHERE county_code = ? AND effective_from = DATE '2026-04-01'").param(COUNTY)
          .update();
    }

    // Enrolled in April: 800 × 3 − 900 = 1500.00, and the parent aged 70 on 1 April: + 0.1 × 800 = 80.00.
    assertThat(pi).hasPassed("Task_FixMonthlyBenefit").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("monthlyBenefit", "1580.00").containsEntry("dibaoStandard", "800.00")
        .containsEntry("enrolledFrom", "2026-04-01");
    assertThat(runtime.getVariable(runningCaseOf(pi).getId(), "monthlyBenefit")).isEqualTo("1580.00");
  }

  @Test
  void aRunningCaseIsOpenedOnlyByAnEnrolment() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("dibao-case"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicationCaseNumber");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("dibao-case", Map.of("applicationCaseNumber", "DBSQ-2026-000001")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicationCaseNumber");
  }

  @Test
  void anObjectionRegisteredByTheTownshipSendsTheCaseBackToReviewAndTheNoticeStartsAfresh() {
    ProcessInstance pi = atPublicNotice(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    at(APPLIED.plusDays(2));
    String objection = task("Task_RegisterObjection", pi).getId();
    assertThatThrownBy(() -> tasks.complete(objection, Map.of("objectionReason", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("objectionReason");

    tasks.complete(objection, Map.of("objectionReason", "群众反映申请人在外地有稳定工作"));

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(job(pi, "Event_PublicNoticeEnded")).isNull();
    assertThat(runtime.getVariables(pi.getId())).containsEntry("objectionCount", 1L)
        .containsEntry("objectionReason", "群众反映申请人在外地有稳定工作");
    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", false, "townshipOpinion", "经复核，异议属实"));
    assertRefused(pi, "异议属实");
  }

  @Test
  void aNoticeShorterThanTheConfiguredPeriodOrWithoutItsRecordIsRefusedAndTheStepStaysOpen() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    investigate(pi);
    confirmEconomy(pi);
    approveInTownship(pi);
    String post = task("Task_PostPublicNotice", pi).getId();

    assertThatThrownBy(() -> tasks.complete(post, notice("2026-03-02", "2026-03-07")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("noticeTo").hasMessageContaining("7");
    assertThatThrownBy(() -> tasks.complete(post, Map.of("noticeFrom", "2026-03-02")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("noticeContent").hasMessageContaining("noticePlace")
        .hasMessageContaining("noticePostedBy").hasMessageContaining("noticeTo");
    assertThat(pi).isWaitingAt("Task_PostPublicNotice");
  }

  @Test
  void anInvestigationRecordsHowWhoAndWhenAllAtOnce() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    String investigation = task("Task_InvestigateHousehold", pi).getId();

    assertThatThrownBy(() -> tasks.complete(investigation, Map.of("investigationDate", "2026-03-02", "villageVerified", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("investigationMethod")
        .hasMessageContaining("investigators").hasMessageContaining("villageOpinion");
    assertThatThrownBy(() -> tasks.complete(investigation, Map.of("investigationMethod", "LETTER")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("investigationMethod");
    assertThat(pi).isWaitingAt("Task_InvestigateHousehold");

    complete(task("Task_InvestigateHousehold", pi), withVariables("investigationMethod", "VIDEO", "investigators", "王秀英",
        "investigationDate", "2026-03-02", "villageVerified", false, "villageOpinion", "视频核实：申请人已有稳定工作"));
    assertRefused(pi, "已有稳定工作");
    assertThat(historicVariables(history, pi)).containsEntry("investigationMethod", "VIDEO");
  }

  @Test
  void incomeAtOrAboveTheStandardIsRefusedWithTheFiguresBeforeAnyoneIsAsked() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber()), "900", "700"));

    assertThat(pi).hasPassed("Task_AssessApplication", "Task_WriteRefusalNotice").hasNotPassed("Task_InvestigateHousehold")
        .isEnded();
    assertRefused(pi, "家庭人均月收入800.00元，不低于当地低保标准760.00元");
  }

  @Test
  void anEconomicCheckThatFindsTheFiguresUntrueIsRefusedInWriting() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    investigate(pi);

    complete(task("Task_CheckFamilyEconomy", pi), withVariables("economicCheckPassed", false,
        "economicCheckOpinion", "经核对，申请人有未申报的经营收入"));

    assertThat(pi).hasNotPassed("Task_ReviewInTownship").isEnded();
    assertRefused(pi, "未申报的经营收入");
  }

  @Test
  void registeredPoorPeopleUnableToWorkAreEnrolledWithoutTheEconomicCheck() {
    String id = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.POOR, "22", COUNTY, LocalDate.of(2019, 1, 1), null,
        WorkCapacity.PARTIAL));
    Map<String, Object> application = application("DIBAO", List.of(id), "800");
    ProcessInstance pi = start(application);
    assertThat(runtime.getVariables(pi.getId())).containsEntry("registeredPoorConfirmed", true)
        .containsEntry("economicCheckExempt", true).containsEntry("eligible", true);

    investigate(pi);

    assertThat(pi).hasNotPassed("Task_CheckFamilyEconomy").isWaitingAt("Task_ReviewInTownship");
  }

  @Test
  void aDeclarationThePovertyListDoesNotBearOutGetsTheEconomicCheck() {
    String id = P1Fixtures.idNumber();
    // On the list, but able to work.
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.POOR, "22", COUNTY, LocalDate.of(2019, 1, 1), null,
        WorkCapacity.FULL));
    Map<String, Object> application = application("DIBAO", List.of(id), "700");
    application.put("registeredPoorUnableToWork", true);
    ProcessInstance pi = start(application);
    assertThat(runtime.getVariables(pi.getId())).containsEntry("registeredPoorConfirmed", false)
        .containsEntry("economicCheckExempt", false).containsEntry("eligible", true);

    investigate(pi);

    assertThat(pi).isWaitingAt("Task_CheckFamilyEconomy");
  }

  @Test
  void aSeriouslyDisabledMemberOfALowIncomeHouseholdIsEnrolledAloneAtTheCountysShare() {
    String applicant = P1Fixtures.idNumber();
    String spouse = P1Fixtures.idNumber();
    Map<String, Object> disabled = member("SELF", applicant, "100");
    disabled.put("disabilityGrade", "2");
    disabled.put("disabilityKind", "PHYSICAL");
    // Per capita (100 + 2000) / 2 = 1050: above 760, below 1520, a 低收入家庭.
    Map<String, Object> application = application("DIBAO", List.of(disabled, member("SPOUSE", spouse, "2000")));
    application.put("singlePersonHousehold", true);

    ProcessInstance pi = enrolled(application);

    // 南关区 pays 重残 0.6 of 760 = 456.00, within 760 − 100 = 660.
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "ENROLLED").containsEntry("monthlyBenefit", "456.00")
        .containsEntry("singlePersonCategory", "SERIOUS_DISABILITY");
    assertThat(registers.openInProvince(vault.hashOf(applicant), "22")).isTrue();
    assertThat(registers.openInProvince(vault.hashOf(spouse), "22")).as("enrolled alone").isFalse();
  }

  @Test
  void aSinglePersonShareIsNeverAboveWhatThePersonGetsByTheHouseholdRate() {
    Map<String, Object> ill = member("SELF", P1Fixtures.idNumber(), "500");
    ill.put("seriousIllness", "true");
    Map<String, Object> application = application("DIBAO", List.of(ill, member("SPOUSE", P1Fixtures.idNumber(), "1500")));
    application.put("singlePersonHousehold", true);

    ProcessInstance pi = start(application);

    // 0.5 × 760 = 380.00, but 760 − 500 = 260.00 alone.
    assertThat(runtime.getVariables(pi.getId())).containsEntry("monthlyBenefit", "260.00").containsEntry("eligible", true);
  }

  @Test
  void aSinglePersonApplicationNeedsALowIncomeHouseholdAndASeriousDisabilityOrIllness() {
    Map<String, Object> application = application("DIBAO", List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber()), "100", "200");
    application.put("singlePersonHousehold", true);

    ProcessInstance pi = start(application);

    assertRefused(pi, "应按户申请低保");
    assertThat((String) historicVariables(history, pi).get("refusalReason")).contains("不是重残人员");
  }

  @Test
  void aMinorUnderTheOrphanGuaranteeIsNotTakenIntoTekun() {
    Map<String, Object> application = application("TEKUN", List.of(bornOn(LocalDate.of(2009, 3, 3))), "0");
    application.put("orphanGuarantee", true);

    ProcessInstance pi = start(application);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertRefused(pi, "孤儿基本生活保障");
    assertThat(historicVariables(history, pi)).containsEntry("applicantMinor", true);
  }

  @Test
  void aSeventeenYearOldIsTakenIntoTekunAloneAndTheCountyApprovesWhereTheTableSaysSo(@TempDir Path installation)
      throws Exception {
    String minor = bornOn(LocalDate.of(2008, 3, 3));
    String sibling = bornOn(LocalDate.of(2010, 5, 5));
    ProcessInstance pi = atPublicNotice(application("TEKUN", List.of(minor, sibling), "0", "0"));
    assertThat(runtime.getVariable(pi.getId(), "applicantMinor")).isEqualTo(true);

    withCountyApprovingDibaoAndTekun(installation, () -> {
      endPublicNotice(pi);
      assertThat(pi).isWaitingAt("Task_ApproveInCounty");
      Task county = task("Task_ApproveInCounty", pi);
      assertThat(county).hasCandidateGroup("county-" + COUNTY);
      // 5 working days from Monday 9 March.
      assertThat(county.getDueDate()).isEqualTo(date("2026-03-16T17:30:00+08:00"));
      complete(county, withVariables("countyApproved", true, "countyOpinion", "同意纳入特困供养"));
    });

    // 760 − 0 of own income, and the county's share for a minor: + 0.1 × 760 = 76.00.
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "ENROLLED").containsEntry("approvalLevel", "COUNTY")
        .containsEntry("monthlyBenefit", "836.00");
    assertThat(registers.enrolledOn(vault.hashOf(minor), LocalDate.of(2026, 3, 9))).containsExactly(RegisterType.TEKUN);
    assertThat(registers.openInProvince(vault.hashOf(sibling), "22")).as("特困 is the applicant's own").isFalse();
  }

  @Test
  void theCountyMayRefuse(@TempDir Path installation) throws Exception {
    ProcessInstance pi = atPublicNotice(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));

    withCountyApprovingDibaoAndTekun(installation, () -> {
      endPublicNotice(pi);
      complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", false, "countyOpinion", "家庭有机动车辆"));
    });

    assertRefused(pi, "家庭有机动车辆");
  }

  @Test
  void someoneEnrolledInTheProvinceSinceTheApplicationIsRefusedInWritingAndNobodyInTheHouseholdIsEnrolled() {
    String applicant = P1Fixtures.idNumber();
    String child = P1Fixtures.idNumber();
    ProcessInstance pi = atPublicNotice(application("DIBAO", List.of(applicant, child), "100", "0"));
    // Meanwhile another county's case enrolled the child.
    registers.enrol(new Enrolment(vault.hashOf(child), RegisterType.DIBAO, "22", "220203", LocalDate.of(2026, 3, 5), null));

    endPublicNotice(pi);

    assertThat(pi).hasPassed("Task_EnrolInRegister").hasNotPassed("Task_StartDibaoCase");
    assertRefused(pi, "第2名家庭成员");
    assertThat(registers.openInProvince(vault.hashOf(applicant), "22")).isFalse();
  }

  @Test
  void aPersonInAnOpenApplicationIsNotTheSubjectOfAnotherUntilItEnds() {
    String applicant = P1Fixtures.idNumber();
    String child = P1Fixtures.idNumber();
    ProcessInstance first = start(application("DIBAO", List.of(applicant, child), "100", "0"));

    String stranger = P1Fixtures.idNumber();
    assertThatThrownBy(() -> start(application("TEKUN", List.of(child), "0"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("applicantIdNumber").hasMessageContaining(first.getBusinessKey());
    assertThatThrownBy(() -> start(application("DIBAO", List.of(stranger, applicant), "0", "0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("householdMembers[2].idNumber");
    // Nothing of the refused starts stayed: the stranger applies on their own.
    ProcessInstance strangers = start(application("DIBAO", List.of(stranger), "0"));
    assertThat(strangers).isWaitingAt("Task_InvestigateHousehold");

    investigate(first);
    confirmEconomy(first);
    complete(task("Task_ReviewInTownship", first), withVariables("townshipApproved", false, "townshipOpinion", "家庭有赡养能力的子女"));
    assertRefused(first, "赡养能力");
    ProcessInstance childs = start(application("TEKUN", List.of(child), "0"));
    assertThat(childs).isWaitingAt("Task_InvestigateHousehold");

    // A case cancelled with its listeners skipped leaves its hold behind; the next start takes it over.
    runtime.deleteProcessInstance(childs.getId(), "误建", true);
    assertThat(start(application("TEKUN", List.of(child), "0"))).isWaitingAt("Task_InvestigateHousehold");
  }

  @Test
  void twoStartsForOnePersonAtOnceOpenOneCase() throws Exception {
    String person = P1Fixtures.idNumber();
    ExecutorService counters = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Boolean>> starts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        starts.add(counters.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          try {
            start(application("TEKUN", List.of(person), "0"));
            return true;
          } catch (InvalidInputException refused) {
            assertThat(refused).hasMessageContaining("applicantIdNumber");
            return false;
          }
        }));
      }
      int opened = 0;
      for (Future<Boolean> s : starts) {
        opened += s.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(opened).isEqualTo(1);
    } finally {
      counters.shutdownNow();
    }
  }

  @Test
  void tekunNeedsEachOfItsConditionsFoundByTheVillageAndAnUnmetOneIsRefusedInWriting() {
    ProcessInstance pi = start(application("TEKUN", List.of(P1Fixtures.idNumber()), "0"));
    Map<String, Object> found = investigation(pi);
    found.remove("tekunNoSupporter");
    String step = task("Task_InvestigateHousehold", pi).getId();
    assertThatThrownBy(() -> tasks.complete(step, found)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tekunNoSupporter");
    assertThat(pi).isWaitingAt("Task_InvestigateHousehold");

    found.put("tekunNoSupporter", true);
    found.put("tekunNoIncomeSource", false);
    tasks.complete(step, found);

    assertThat(pi).hasPassed("Gateway_VerifiedByVillage").hasNotPassed("Task_CheckFamilyEconomy");
    assertRefused(pi, "不符合特困人员条件：申请人有生活来源");
    assertThat(historicVariables(history, pi)).containsEntry("tekunCriteriaMet", false).containsEntry("villageVerified", true);
  }

  @Test
  void aDibaoInvestigationCarriesNoTekunConditions() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    Map<String, Object> found = investigation(pi);
    found.put("tekunNoWorkCapacity", true);
    assertThatThrownBy(() -> tasks.complete(task("Task_InvestigateHousehold", pi).getId(), found))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tekunNoWorkCapacity");
    investigate(pi);
    assertThat(pi).isWaitingAt("Task_CheckFamilyEconomy");
  }

  @Test
  void theTownshipReturnsTheCaseToTheVillageWhoseTimeLimitAndEscalationStartAgain() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    investigate(pi);
    confirmEconomy(pi);

    // Wednesday 4 March: the township doubts the investigation and sends the case back to the village.
    at(OffsetDateTime.parse("2026-03-04T09:00:00+08:00"));
    Task review = task("Task_ReviewInTownship", pi);
    assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("returned", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("returnReason");
    complete(review, withVariables("returned", true, "returnReason", "未核实申请人子女的收入，请重新入户调查"));

    assertThat(pi).hasNotPassed("Task_PostPublicNotice", "Task_WriteRefusalNotice").isWaitingAt("Task_InvestigateHousehold");
    Task again = task("Task_InvestigateHousehold", pi);
    assertThat(again).hasCandidateGroup("village-" + VILLAGE_A);
    // 3 working days from Wednesday 4 March, not from the application.
    assertThat(again.getDueDate()).isEqualTo(date("2026-03-09T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("returnCount", 1L)
        .containsEntry("returnedFrom", "乡镇（街道）审核");
    Job escalation = job(pi, "Event_VillageOverdue");
    assertThat(escalation.getDuedate()).isEqualTo(date("2026-03-09T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-03-06T09:00:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    at(OffsetDateTime.parse("2026-03-09T17:31:00+08:00"));
    management.executeJob(escalation.getId());
    assertThat(pi).isWaitingAt("Task_InvestigateHousehold", "Task_SuperviseVillageOverdue");

    investigate(pi);
    assertSupervisionEndedWithItsStep(pi, "Village");
    confirmEconomy(pi);
    approveInTownship(pi);
    assertThat(pi).isWaitingAt("Task_PostPublicNotice");
    assertThat(runtime.getVariable(pi.getId(), "returned")).isEqualTo(false);
  }

  @Test
  void theCountyReturnsTheCaseToTheTownshipWhichReviewsAndPostsItAgain(@TempDir Path installation) throws Exception {
    ProcessInstance pi = atPublicNotice(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));

    withCountyApprovingDibaoAndTekun(installation, () -> {
      endPublicNotice(pi);
      // Tuesday 10 March: the county sends the case back to the township instead of refusing it.
      at(OffsetDateTime.parse("2026-03-10T10:00:00+08:00"));
      complete(task("Task_ApproveInCounty", pi), withVariables("returned", true,
          "returnReason", "请核实申请人是否有机动车辆"));

      assertThat(pi).hasNotPassed("Task_WriteRefusalNotice", "Task_EnrolInRegister").isWaitingAt("Task_ReviewInTownship");
      Task review = task("Task_ReviewInTownship", pi);
      assertThat(review).hasCandidateGroup("township-" + TOWNSHIP_A);
      assertThat(review.getDueDate()).isEqualTo(date("2026-03-13T17:30:00+08:00"));
      assertThat(job(pi, "Event_CountyOverdue")).isNull();
      Job escalation = job(pi, "Event_TownshipOverdue");
      assertThat(escalation.getDuedate()).isEqualTo(date("2026-03-13T17:30:00+08:00"));
      at(OffsetDateTime.parse("2026-03-13T17:31:00+08:00"));
      management.executeJob(escalation.getId());
      assertThat(pi).isWaitingAt("Task_ReviewInTownship", "Task_SuperviseTownshipOverdue");
      complete(task("Task_SuperviseTownshipOverdue", pi), withVariables("supervisionNote", "已督促乡镇办结"));

      approveInTownship(pi);
      postNotice(pi, ChinaClock.today().toString(), ChinaClock.today().plusDays(6).toString());
      endPublicNotice(pi);
      complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "经核实无机动车辆，同意"));
    });

    assertThat(pi).isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "ENROLLED").containsEntry("returnCount", 1L);
  }

  @Test
  void theTownshipMayRefuse() {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    investigate(pi);
    confirmEconomy(pi);

    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", false, "townshipOpinion", "家庭有赡养能力的子女"));

    assertThat(pi).hasNotPassed("Task_PostPublicNotice");
    assertRefused(pi, "赡养能力");
  }

  @Test
  void lateStepsAreEscalatedToTheCountysSupervisors(@TempDir Path installation) throws Exception {
    ProcessInstance pi = start(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    at(OffsetDateTime.parse("2026-03-05T17:31:00+08:00"));
    management.executeJob(job(pi, "Event_VillageOverdue").getId());
    assertEscalated(tasks, pi, "Task_InvestigateHousehold", "Task_SuperviseVillageOverdue",
        "supervisor-220102", "入户调查", "幸福社区", "2026-03-05 17:30");
    investigate(pi);
    assertSupervisionEndedWithItsStep(pi, "Village");
    confirmEconomy(pi);

    String reviewDue = pastDueDateOf(pi, "Task_ReviewInTownship");
    management.executeJob(job(pi, "Event_TownshipOverdue").getId());
    assertEscalated(tasks, pi, "Task_ReviewInTownship", "Task_SuperviseTownshipOverdue",
        "supervisor-220102", "乡镇（街道）审核", "幸福街道", reviewDue);
    approveInTownship(pi);
    assertSupervisionEndedWithItsStep(pi, "Township");
    postNotice(pi, ChinaClock.today().toString(), ChinaClock.today().plusDays(6).toString());

    withCountyApprovingDibaoAndTekun(installation, () -> {
      endPublicNotice(pi);
      String countyDue = pastDueDateOf(pi, "Task_ApproveInCounty");
      management.executeJob(job(pi, "Event_CountyOverdue").getId());
      assertEscalated(tasks, pi, "Task_ApproveInCounty", "Task_SuperviseCountyOverdue",
          "supervisor-220102", "县级审批", "南关区", countyDue);
      complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意"));
    });
    assertThat(pi).hasPassed("Event_CountyStepDone").hasNotPassed("Event_CountySupervised").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "ENROLLED");
  }

  @Test
  void returningALateStepEndsItsSupervisionAndTheReturnedStepIsTimedAfresh(@TempDir Path installation)
      throws Exception {
    ProcessInstance pi = atPublicNotice(application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));

    withCountyApprovingDibaoAndTekun(installation, () -> {
      endPublicNotice(pi);
      pastDueDateOf(pi, "Task_ApproveInCounty");
      management.executeJob(job(pi, "Event_CountyOverdue").getId());
      assertThat(pi).isWaitingAt("Task_ApproveInCounty", "Task_SuperviseCountyOverdue");

      complete(task("Task_ApproveInCounty", pi), withVariables("returned", true, "returnReason", "请核实申请人是否有机动车辆"));

      assertSupervisionEndedWithItsStep(pi, "County");
      assertThat(pi).isWaitingAt("Task_ReviewInTownship");
      assertThat(job(pi, "Event_TownshipOverdue").getDuedate())
          .isEqualTo(task("Task_ReviewInTownship", pi).getDueDate()).isAfter(ClockUtil.getCurrentTime());
    });
  }

  /** The step (Village, Township, County) is done or returned and its 督办 ended with it, unhandled. */
  private void assertSupervisionEndedWithItsStep(ProcessInstance pi, String step) {
    assertThat(pi).hasPassed("Event_" + step + "StepDone").hasNotPassed("Event_" + step + "Supervised");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_Supervise" + step + "Overdue").count()).isZero();
    assertThat(job(pi, "Event_" + step + "SupervisionOverdue")).isNull();
  }

  /** Moves the clock a minute past the step's due date; answers the due date as supervisors read it. */
  private String pastDueDateOf(ProcessInstance pi, String taskKey) {
    Instant due = task(taskKey, pi).getDueDate().toInstant();
    at(due.plusSeconds(60));
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ChinaClock.ZONE));
  }

  @Test
  void badMaterialsAreRefusedNamingEachFieldAndMemberAndLeaveNothingBehind() {
    String enrolled = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(enrolled), RegisterType.TEKUN, "22", "220102", LocalDate.of(2025, 1, 1), null));
    String applicant = P1Fixtures.idNumber();
    String bad = P1Fixtures.idNumber();
    Map<String, Object> application = application("DIBAO", List.of(
        member("SELF", applicant, "100"),
        member("CHILD", bad.substring(0, 17) + (bad.charAt(17) == '0' ? "1" : "0"), "0"),
        member("CHILD", P1Fixtures.idNumber(), "-5"),
        member("CHILD", P1Fixtures.idNumber(), "很多"),
        member("PARENT", enrolled, "0")));
    application.put("householdDeposits", "-1");
    application.put("assistanceType", "BOTH");
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> start(application)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("householdMembers[2].idNumber").hasMessageContaining("householdMembers[3].monthlyIncome")
        .hasMessageContaining("householdMembers[4].monthlyIncome").hasMessageContaining("householdMembers[5].idNumber")
        .hasMessageContaining("householdDeposits").hasMessageContaining("assistanceType")
        .hasMessageNotContaining(applicant.substring(6, 14)).hasMessageNotContaining(enrolled.substring(6, 14));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
  }

  @Test
  void aHouseholdWithoutTheApplicantIsRefused() {
    String applicant = P1Fixtures.idNumber();
    Map<String, Object> application = application("DIBAO", List.of(member("SPOUSE", P1Fixtures.idNumber(), "0")));
    application.put("applicantIdNumber", applicant);

    assertThatThrownBy(() -> start(application)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("householdMembers");
  }

  @Test
  void theEngineKeepsOnlyReferencesAndMaskedNumbersOfTheMembers() {
    String applicant = P1Fixtures.idNumber();
    String child = P1Fixtures.idNumber();
    ProcessInstance pi = start(application("DIBAO", List.of(applicant, child), "100", "0"));

    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).doesNotContainKeys("applicantIdNumber", "bankAccount", "householdMembers")
        .containsEntry("townshipCode", TOWNSHIP_A).containsEntry("villageCode", VILLAGE_A).containsEntry("countyCode", COUNTY)
        .containsEntry("caseNumber", pi.getBusinessKey());
    assertThat((String) vars.get("household")).doesNotContain(applicant, child)
        .contains(child.substring(0, 6) + "********" + child.substring(14)).contains((String) vars.get("applicantRef"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("applicantIdNumber", "bankAccount", "householdMembers").count()).isZero();
  }

  // ------------------------------------------------------------------------------------------------------

  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(KEY, variables);
  }

  /** Runs the steps with a revised authority table in which the county approves 低保 and 特困, then restores it. */
  private void withCountyApprovingDibaoAndTekun(Path installation, Runnable steps) throws Exception {
    Path processes = Files.createDirectories(installation.resolve("processes"));
    Path forms = Files.createDirectories(installation.resolve("forms"));
    Path table = processes.resolve("approval-authority.dmn");
    String original = Files.readString(Path.of("processes/approval-authority.dmn"));
    String rule = "<inputEntry id=\"InputEntry_Kind_5\"><text>\"DIBAO\",\"TEKUN\"</text></inputEntry>";
    assertThat(original).contains(rule);
    int at = original.indexOf(rule);
    int output = original.indexOf("\"TOWNSHIP\"", at);
    Files.writeString(table, original.substring(0, output) + "\"COUNTY\"" + original.substring(output + "\"TOWNSHIP\"".length()));
    deployAtRealTime(processes, forms);
    try {
      steps.run();
    } finally {
      Files.writeString(table, original);
      deployAtRealTime(processes, forms);
    }
  }

  /** Deployments are ordered by their time: under the tests' fixed clock, a restore would look like no change. */
  private void deployAtRealTime(Path processes, Path forms) {
    java.util.Date testTime = ClockUtil.getCurrentTime();
    ClockUtil.reset();
    try {
      deployer.deploy(new ModelsProperties(processes, forms));
    } finally {
      ClockUtil.setCurrentTime(testTime);
    }
  }

  private void assertRefused(ProcessInstance pi, String reason) {
    assertThat(pi).isEnded();
    Map<String, Object> vars = historicVariables(history, pi);
    assertThat(vars).containsEntry("outcome", "REFUSED");
    assertThat((String) vars.get("refusalReason")).contains(reason);
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains(reason);
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("REFUSED");
  }
}
