package org.jiuzhu.unemployed;

import static org.jiuzhu.OverdueSteps.assertEscalated;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.unemployed.P1Fixtures.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

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
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.household.HouseholdFixtures;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.registry.WorkCapacity;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every path of processes/p1-temporary-assistance-unemployed.bpmn, timers driven by the engine clock. */
@SpringBootTest
@ActiveProfiles("test")
class TemporaryAssistanceUnemployedProcessTest {

  /** An application made on the eve of the 2026 National Day holiday (China time). */
  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PaymentLedger ledger;
  @Autowired RefusalNotices notices;
  @Autowired CaseArchive archive;
  @Autowired JdbcClient jdbc;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;

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
  void verifiedApprovedAndPaidOnceThenFiledWithTheTownship() {
    ProcessInstance pi = start(application(idNumber()));

    assertThat(pi).hasPassed("Task_CheckEligibility").isWaitingAt("Task_VerifyInVillage");
    Task village = task("Task_VerifyInVillage", pi);
    assertThat(village).hasCandidateGroup("village-" + VILLAGE_A);
    // 3 working days across the National Day holiday: Oct 8, Oct 9 and Saturday Oct 10 (a declared working day).
    assertThat(village.getDueDate()).isEqualTo(date("2026-10-10T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-10-12T09:00:00+08:00"));
    complete(village, withVariables("villageVerified", true, "villageOpinion", "经入户核实，情况属实"));

    Task township = task("Task_ReviewInTownship", pi);
    assertThat(township).hasCandidateGroup("township-" + TOWNSHIP_A);
    assertThat(township.getDueDate()).isEqualTo(date("2026-10-14T17:30:00+08:00"));
    complete(township, withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800));

    assertThat(pi).hasPassed("Task_RegisterOncePerProvince").isWaitingAt("Task_PayGrant");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
    execute(job(pi));

    assertThat(pi).hasPassed("Task_PayGrant", "Task_ArchiveCase").isEnded();
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("800.00"));
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID").containsEntry("approvedAmount", "800.00");
    assertThat(archive.find(pi.getBusinessKey())).hasValueSatisfying(e -> {
      assertThat(e.townshipCode()).isEqualTo(TOWNSHIP_A);
      assertThat(e.outcome()).isEqualTo("PAID");
      assertThat(e.procedureKey()).isEqualTo(KEY);
    });
  }

  @Test
  void caseNumberIsTheBusinessKeyAndTheEngineKeepsOnlyMaskedNumbers() {
    String id = idNumber();
    ProcessInstance pi = start(application(id));

    assertThat(pi.getBusinessKey()).matches("LSJZ-2026-\\d{6}");
    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).doesNotContainKeys("applicantIdNumber", "bankAccount")
        .containsEntry("applicantIdNumberMasked", id.substring(0, 6) + "********" + id.substring(14))
        .containsKey("applicantRef");
    assertThat(vars.get("bankAccountMasked").toString()).startsWith("6222").contains("****").doesNotContain(id.substring(8, 17));
  }

  @Test
  void tooFewMonthsWithoutIncomeIsRefusedInWritingWithoutReachingTheVillage() {
    Map<String, Object> application = application(idNumber());
    application.put("monthsWithoutIncome", 2L);
    application.put("coveredByUnemploymentInsurance", true);
    ProcessInstance pi = start(application);

    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_VerifyInVillage").isEnded();
    assertRefused(pi, "连续无收入来源不满3个月");
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains("失业保险政策可以覆盖");
  }

  @Test
  void someoneInDibaoIsRefused() {
    ProcessInstance pi = start(application("220102197512034564"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").isEnded();
    assertRefused(pi, "已纳入本省或其他省份低保范围");
  }

  @Test
  void someoneInAnotherProvincesDibaoIsRefusedButThePovertyListAloneDoesNotBar() {
    String elsewhere = idNumber();
    registers.enrol(new Enrolment(vault.hashOf(elsewhere), RegisterType.DIBAO, "11", "110105", LocalDate.of(2025, 1, 1), null));
    String poor = idNumber();
    registers.enrol(new Enrolment(vault.hashOf(poor), RegisterType.POOR, "22", "220102", LocalDate.of(2019, 1, 1), null,
        WorkCapacity.FULL));

    assertRefused(start(application(elsewhere)), "已纳入本省或其他省份低保范围");
    assertThat(start(application(poor))).isWaitingAt("Task_VerifyInVillage");
  }

  @Test
  void untrueHardshipEndsWithAWrittenNoticeOfTheVillagesReasons() {
    ProcessInstance pi = start(application(idNumber()));

    complete(task("Task_VerifyInVillage", pi),
        withVariables("villageVerified", "false", "villageOpinion", "申请人已在新单位就业"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_ReviewInTownship").isEnded();
    assertRefused(pi, "申请人已在新单位就业");
    assertThat(historicVariables(history, pi)).containsEntry("refusalNoticeUrl",
        "/api/cases/" + pi.getBusinessKey() + "/refusal-notice");
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("REFUSED");
  }

  @Test
  void townshipRefusalEndsRefusedWithoutAmount() {
    ProcessInstance pi = start(application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    complete(task("Task_ReviewInTownship", pi),
        withVariables("townshipApproved", false, "townshipOpinion", "家庭有其他稳定收入", "approvedAmount", 500));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Task_RegisterOncePerProvince").isEnded();
    assertRefused(pi, "家庭有其他稳定收入");
    assertThat(historicVariables(history, pi)).doesNotContainKey("approvedAmount");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void aSecondCaseOfTheSamePersonIsRefusedAtConfirmation() {
    String id = idNumber();
    ProcessInstance first = start(application(id, TOWNSHIP_A, VILLAGE_A));
    ProcessInstance second = start(application(id, TOWNSHIP_B, VILLAGE_B));
    approveInTownship(first, 1000);
    approveInTownship(second, 600);

    assertThat(first).isWaitingAt("Task_PayGrant");
    assertThat(second).hasPassed("Task_RegisterOncePerProvince", "Task_WriteRefusalNotice").isEnded();
    assertRefused(second, first.getBusinessKey());
    assertThat(ledger.of(second.getBusinessKey())).isEmpty();
  }

  @Test
  void aPersonAlreadyAssistedIsRefusedByTheSystemCheck() {
    String id = idNumber();
    ProcessInstance first = start(application(id));
    approveInTownship(first, 800);
    execute(job(first));

    ProcessInstance again = start(application(id, TOWNSHIP_B, VILLAGE_B));

    assertThat(again).hasNotPassed("Task_VerifyInVillage").isEnded();
    assertRefused(again, "已在本省享受过");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "1000.01", "800.123", "abc"})
  void aWrongAmountIsRefusedAndTheTownshipStepStaysOpen(String amount) {
    ProcessInstance pi = start(application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    String taskId = task("Task_ReviewInTownship", pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId,
        Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", amount)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approvedAmount");

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("approvedAmount");
  }

  @Test
  void theCountysTierForTheUrgencyLimitsTheAmount() {
    ProcessInstance pi = start(application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    String taskId = task("Task_ReviewInTownship", pi).getId();
    // The township reads the tiers before it types an amount; the case itself keeps no copy of them.
    assertThat(tasks.getVariableLocal(taskId, "amountLimits"))
        .isEqualTo("本县按急难程度：一般不超过300.00元，较重不超过600.00元，严重不超过1000.00元；每人一次性救助不超过1000.00元（含）。");
    assertThat(runtime.getVariable(pi.getId(), "amountLimits")).isNull();

    // 南关区 (220102) sets 300 yuan for 一般 in processes/p1-amount-ceiling.dmn.
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "301", "urgency", "GENERAL")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("300.00");
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "300", "urgency", "URGENT")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("urgency");

    tasks.complete(taskId, Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "300",
        "urgency", "GENERAL"));
    assertThat(pi).isWaitingAt("Task_PayGrant");
    assertThat(runtime.getVariable(pi.getId(), "approvedAmount")).isEqualTo("300.00");
  }

  @Test
  void aVillageDecisionNeedsAnAnswerAndAnOpinion() {
    ProcessInstance pi = start(application(idNumber()));
    String taskId = task("Task_VerifyInVillage", pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("villageVerified", "maybe")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("villageVerified").hasMessageContaining("villageOpinion");
    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
  }

  @Test
  void malformedMaterialsAreRefusedNamingEveryFieldAndLeaveNothingBehind() {
    Map<String, Object> bad = application(idNumber());
    String id = (String) bad.get("applicantIdNumber");
    bad.put("applicantIdNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"));
    bad.put("witnesses", "[{\"name\":\"李四\",\"phone\":\"13900000001\"}]");
    bad.put("commitmentSigned", false);
    bad.put("villageCode", VILLAGE_B);
    long instances = runtime.createProcessInstanceQuery().count();
    long historic = history.createHistoricProcessInstanceQuery().count();
    long vaultRows = jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single();

    assertThatThrownBy(() -> start(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("applicantIdNumber").hasMessageContaining("校验位")
        .hasMessageContaining("witnesses").hasMessageContaining("commitmentSigned")
        .hasMessageContaining("villageCode").hasMessageContaining("不属于")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id.substring(0, 17)));

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(historic);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single()).isEqualTo(vaultRows);
  }

  @Test
  void theHouseholdRegisterAndAnIdCardOrResidencePermitAreRequired() {
    Map<String, Object> bad = application(idNumber());
    bad.put("householdRegisterProvided", false);
    bad.remove("identityDocument");
    assertThatThrownBy(() -> start(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("householdRegisterProvided").hasMessageContaining("须提交户口簿")
        .hasMessageContaining("identityDocument").hasMessageContaining("须提交居民身份证或居住证");

    Map<String, Object> withPermit = application(idNumber());
    withPermit.put("identityDocument", "RESIDENCE_PERMIT");
    ProcessInstance pi = start(withPermit);
    assertThat(runtime.getVariables(pi.getId())).containsEntry("householdRegisterProvided", true)
        .containsEntry("identityDocument", "RESIDENCE_PERMIT");

    // The contract's start (an online portal's) names no papers: the village verifies them.
    Map<String, Object> portal = application(idNumber());
    portal.remove("householdRegisterProvided");
    portal.remove("identityDocument");
    assertThat(runtime.getVariables(start(portal).getId())).doesNotContainKey("identityDocument");
  }

  @Test
  void anOverdueVillageStepIsMarkedAndGoesToTheCountySupervisors() {
    ProcessInstance pi = start(application(idNumber()));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date("2026-10-10T17:30:00+08:00"));

    // Three calendar days later is still within the time limit: nothing is due.
    at(OffsetDateTime.parse("2026-10-03T18:00:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    at(OffsetDateTime.parse("2026-10-10T17:31:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    execute(timer);

    Task supervise = assertEscalated(tasks, pi, "Task_VerifyInVillage", "Task_SuperviseVillageOverdue",
        "supervisor-220102", "村（社区）调查核实", "幸福社区", "2026-10-10 17:30");

    complete(supervise, withVariables("supervisionNote", "已电话督促社区当日办结"));
    assertThat(pi).hasPassed("Event_VillageSupervised").isWaitingAt("Task_VerifyInVillage");
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
  }

  @Test
  void anOverdueTownshipStepEscalatesAndItsOpenSupervisionEndsWithTheStep() {
    ProcessInstance pi = start(application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    // Accepted by the township on Sep 30: 2 working days are Oct 8 and Oct 9.
    assertThat(timer.getDuedate()).isEqualTo(date("2026-10-09T17:30:00+08:00"));

    at(OffsetDateTime.parse("2026-10-09T17:31:00+08:00"));
    execute(timer);
    assertThat(pi).isWaitingAt("Task_ReviewInTownship", "Task_SuperviseTownshipOverdue");
    assertThat(task("Task_SuperviseTownshipOverdue", pi)).hasCandidateGroup("supervisor-220102");

    complete(task("Task_ReviewInTownship", pi),
        withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "1000.00"));
    assertThat(pi).hasPassed("Event_TownshipStepDone").isWaitingAt("Task_PayGrant");
    execute(job(pi));

    assertThat(pi).hasPassed("Event_CaseClosed").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID");
  }

  @Test
  void aFailedPaymentIsRetriedLaterAndPaysOnce() {
    ProcessInstance pi = start(application(idNumber()));
    approveInTownship(pi, 700);
    runtime.setVariable(pi.getId(), "approvedAmount", "not-an-amount");

    Job payment = job(pi);
    assertThatThrownBy(() -> management.executeJob(payment.getId())).isInstanceOf(NumberFormatException.class);
    Job retried = job(pi);
    assertThat(retried.getRetries()).isEqualTo(4); // R5/PT5M: five tries, one used
    assertThat(retried.getDuedate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();

    runtime.setVariable(pi.getId(), "approvedAmount", "700.00");
    ClockUtil.offset(6 * 60 * 1000L);
    execute(retried);

    assertThat(pi).isEnded();
    assertThat(ledger.of(pi.getBusinessKey())).hasSize(1);
  }

  private void approveInTownship(ProcessInstance pi, int amount) {
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    complete(task("Task_ReviewInTownship", pi),
        withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", amount));
  }

  /** 南关区's urban 低保 standard is 760.00: twice it is 1520.00 a person, 24 months 18240.00 a person. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // case; incomes (the applicant first); deposits; in hardship; reason figures
      "no income at all;                              0;                 0;        true;  ",
      "per capita 1000: low income;                   1500 1500 0;       0;        true;  ",
      "per capita 1519.99;                            1519.99;           0;        true;  ",
      "three with 54720 in deposits, 18240 each;      0 0 0;             54720;    true;  ",
      "per capita 1520 is not below twice 760;        1520 1520;         0;        false; 1520.00",
      "deposits 18240.01 for one;                     0;                 18240.01; false; 18240.01",
      "two with 40000: 20000 each over 18240;         0 0;               40000;    false; 20000.00"
  })
  void theVillagesFiguresDecideHardshipByTheLowIncomeTest(String what, String incomes, String deposits,
      boolean inHardship, String figure) {
    String id = idNumber();
    ProcessInstance pi = start(application(id));
    Map<String, Object> step = HouseholdFixtures.figures(id, deposits, incomes.split(" "));
    step.put("villageVerified", true);
    step.put("villageOpinion", "经入户核实，情况属实");

    complete(task("Task_VerifyInVillage", pi), step);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0
        ? historicVariables(history, pi) : runtime.getVariables(pi.getId()))
        .containsEntry("lowIncomeTested", true).containsEntry("inHardship", inHardship)
        .containsEntry("householdSize", (long) incomes.split(" ").length).containsEntry("dibaoStandard", "760.00")
        .doesNotContainKey("householdMembers");
    if (inHardship) {
      assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    } else {
      assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Task_ReviewInTownship").isEnded();
      assertRefused(pi, "不符合生活困难条件");
      assertRefused(pi, figure);
    }
  }

  @Test
  void theVillageKeepsOnlyReferencesAndMaskedNumbersOfTheMembers() {
    String id = idNumber();
    String child = idNumber();
    ProcessInstance pi = start(application(id));
    Map<String, Object> step = HouseholdFixtures.figures(List.of(HouseholdFixtures.member("SELF", id, "0"),
        HouseholdFixtures.member("CHILD", child, "300")), "0");
    step.put("villageVerified", true);
    step.put("villageOpinion", "属实");

    complete(task("Task_VerifyInVillage", pi), step);

    String kept = (String) runtime.getVariable(pi.getId(), "household");
    assertThat(kept).doesNotContain(id).doesNotContain(child).contains(child.substring(0, 6) + "********")
        .contains((String) runtime.getVariable(pi.getId(), "applicantRef"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("householdMembers").count()).isZero();
  }

  @Test
  void aVillageStepWithoutFiguresKeepsTheContractsFlow() {
    ProcessInstance pi = start(application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("lowIncomeTested", false).containsEntry("inHardship", true)
        .doesNotContainKey("household");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "a member with a wrong check digit;      BAD_ID;      householdMembers[2].idNumber",
      "a negative income;                      NEGATIVE;    householdMembers[2].monthlyIncome",
      "an income that is not a number;         NOT_NUMBER;  householdMembers[2].monthlyIncome",
      "negative deposits;                      DEPOSITS;    householdDeposits",
      "a household without the applicant;     NO_SELF;     householdMembers[1].relation",
      "assets without members;                 NO_MEMBERS;  householdMembers"
  })
  void badFiguresAreRefusedNamingFieldAndLineAndTheStepStaysOpen(String what, String fault, String field) {
    String id = idNumber();
    ProcessInstance pi = start(application(id));
    String other = idNumber();
    Map<String, Object> second = HouseholdFixtures.member("CHILD", other, "100");
    Map<String, Object> first = HouseholdFixtures.member("SELF", id, "0");
    switch (fault) {
      case "BAD_ID" -> second.put("idNumber", other.substring(0, 17) + (other.charAt(17) == '0' ? "1" : "0"));
      case "NEGATIVE" -> second.put("monthlyIncome", "-1");
      case "NOT_NUMBER" -> second.put("monthlyIncome", "三百");
      case "NO_SELF" -> first.put("relation", "SPOUSE");
      default -> { }
    }
    Map<String, Object> step = HouseholdFixtures.figures(List.of(first, second), fault.equals("DEPOSITS") ? "-5" : "0");
    if (fault.equals("NO_MEMBERS")) {
      step.remove("householdMembers");
    }
    step.put("villageVerified", true);
    step.put("villageOpinion", "属实");
    String village = task("Task_VerifyInVillage", pi).getId();
    long vaultRows = jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single();

    assertThatThrownBy(() -> tasks.complete(village, step)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(field);

    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("household", "householdMembers", "inHardship");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single()).isEqualTo(vaultRows);
  }

  private void assertRefused(ProcessInstance pi, String reasonPart) {
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED");
    assertThat(historicVariables(history, pi).get("refusalReason").toString()).contains(reasonPart);
    assertThat(notices.find(pi.getBusinessKey())).hasValueSatisfying(n -> assertThat(n.reason()).contains(reasonPart));
  }


  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(KEY, variables);
  }
}
