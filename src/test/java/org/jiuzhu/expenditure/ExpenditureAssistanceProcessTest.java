package org.jiuzhu.expenditure;

import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.expenditure.P3Fixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.household.HouseholdFixtures;
import org.jiuzhu.installments.InstallmentSchedule;
import org.jiuzhu.payment.Payment;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.registry.WorkCapacity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every path of processes/p3-expenditure-assistance.bpmn; timers by moving the engine clock. */
@SpringBootTest
@ActiveProfiles("test")
class ExpenditureAssistanceProcessTest {

  /** Monday 2 March 2026, China time; 南关区's urban 低保 standard is 760 yuan (6 months = 4560, 24 = 18240). */
  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PaymentLedger ledger;
  @Autowired InstallmentSchedule schedule;
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
  void sixMonthlyInstallmentsApprovedByTheTownshipArePaidOnTheirDaysToTheFen() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    assertThat(pi.getBusinessKey()).matches("ZCJZ-2026-\\d{6}");
    Task village = task("Task_VerifyInVillage", pi);
    assertThat(village).hasCandidateGroup("village-" + VILLAGE_A);
    assertThat(village.getDueDate()).isEqualTo(date("2026-03-05T17:30:00+08:00"));
    complete(village, withVariables("villageVerified", true, "villageOpinion", "经入户核实，住院票据属实"));
    passEconomicCheck(pi);

    Task review = task("Task_ReviewInTownship", pi);
    assertThat(review).hasCandidateGroup("township-" + TOWNSHIP_A);
    complete(review, approval("3000.01", 6, "2026-04-01"));

    // The township posts the 公示 (7 calendar days, both ends counted): nothing is approved a minute before the
    // end of its last day. An event-based gateway waits itself, with the timer and the message subscription.
    Task posting = task("Task_PostPublicNotice", pi);
    assertThat(posting).hasCandidateGroup("township-" + TOWNSHIP_A);
    assertThatThrownBy(() -> tasks.complete(posting.getId(), notice("2026-03-02", "2026-03-07")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("noticeTo");
    postNotice(pi);
    assertThat(pi).isWaitingAt("Gateway_PublicNotice");
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).eventName("Message_Objection").count()).isEqualTo(1);
    Job notice = job(pi, "Event_PublicNoticeEnded");
    assertThat(notice.getDuedate()).isEqualTo(date("2026-03-09T00:00:00+08:00"));
    endPublicNotice(pi);

    assertThat(pi).hasPassed("Task_DecideApprovalLevel", "Task_FixInstallmentPlan").hasNotPassed("Task_ApproveInCounty")
        .isWaitingAt("Event_InstallmentDue");
    assertThat(runtime.getVariable(pi.getId(), "approvalLevel")).isEqualTo("TOWNSHIP");
    assertThat(job(pi, "Event_InstallmentDue").getDuedate()).isEqualTo(date("2026-04-01T09:00:00+08:00"));
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();

    for (int n = 1; n <= 6; n++) {
      payNextInstallment(pi);
      assertThat(ledger.of(pi.getBusinessKey())).hasSize(n);
    }

    assertThat(pi).hasPassed("Task_RecordInstallmentsPaid", "Task_ArchiveCase").isEnded();
    List<Payment> payments = ledger.of(pi.getBusinessKey());
    assertThat(payments).extracting(Payment::installment).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(payments).extracting(p -> p.amount().toPlainString())
        .containsExactly("500.01", "500.00", "500.00", "500.00", "500.00", "500.00");
    assertThat(payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("3000.01");
    assertThat(payments).extracting(p -> p.paidAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate())
        .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1));
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID").containsEntry("installmentsPaid", 6L)
        .containsEntry("approvedAmount", "3000.01");
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("PAID");
    assertThat(schedule.of(pi.getBusinessKey())).hasSize(6).allSatisfy(r -> assertThat(r.status()).isEqualTo("PLANNED"));
  }

  @Test
  void aChangeOfCircumstancesAfterTheSecondInstallmentStopsTheRestWithTheReasonInWriting() {
    ProcessInstance pi = atInstallments(application(P1Fixtures.idNumber()), "3000.00", 6, "2026-04-01");
    payNextInstallment(pi);
    payNextInstallment(pi);
    assertThat(pi).isWaitingAt("Event_InstallmentDue");

    runtime.createMessageCorrelation("Message_CircumstancesChanged").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("changeReason", "申请人已获得医疗保险二次报销，困难缓解").correlate();

    assertThat(pi).hasPassed("Task_StopInstallments", "Task_ArchiveCase").hasNotPassed("Task_RecordInstallmentsPaid")
        .isEnded();
    assertThat(ledger.of(pi.getBusinessKey())).extracting(Payment::installment).containsExactly(1, 2);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "STOPPED").containsEntry("installmentsPaid", 2L)
        .containsEntry("stopReason", "申请人已获得医疗保险二次报销，困难缓解");
    assertThat(schedule.stopOf(pi.getBusinessKey())).hasValueSatisfying(s -> {
      assertThat(s.paidCount()).isEqualTo(2);
      assertThat(s.reason()).contains("二次报销");
    });
    assertThat(schedule.of(pi.getBusinessKey())).extracting(InstallmentSchedule.Row::status)
        .containsExactly("PLANNED", "PLANNED", "STOPPED", "STOPPED", "STOPPED", "STOPPED");
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("STOPPED");
  }

  @Test
  void aChangeOfCircumstancesNeedsAReason() {
    ProcessInstance pi = atInstallments(application(P1Fixtures.idNumber()), "1200.00", 2, "2026-04-01");

    assertThatThrownBy(() -> runtime.createMessageCorrelation("Message_CircumstancesChanged")
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("changeReason");
    assertThat(pi).isWaitingAt("Event_InstallmentDue");
  }

  @Test
  void anObjectionDuringThePublicNoticeSendsTheCaseBackToTheTownship() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);
    complete(task("Task_ReviewInTownship", pi), approval("4000", 4, "2026-04-10"));
    postNotice(pi);
    at(APPLIED.plusDays(3));

    assertThatThrownBy(() -> runtime.createMessageCorrelation("Message_Objection")
        .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("objectionReason", " ").correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("objectionReason");
    assertThat(pi).isWaitingAt("Gateway_PublicNotice");

    runtime.createMessageCorrelation("Message_Objection").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("objectionReason", "群众反映申请人名下有一辆营运车辆").correlate();

    assertThat(pi).hasPassed("Event_ObjectionReceived").isWaitingAt("Task_ReviewInTownship");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PublicNoticeEnded").count())
        .isZero();
    assertThat(runtime.getVariables(pi.getId())).containsEntry("objectionCount", 1L)
        .containsEntry("objectionReason", "群众反映申请人名下有一辆营运车辆");

    // Reviewed again, with a smaller amount; posted again, the notice starts afresh from today (5 March).
    complete(task("Task_ReviewInTownship", pi), approval("2400", 2, "2026-04-10"));
    postNotice(pi);
    assertThat(job(pi, "Event_PublicNoticeEnded").getDuedate()).isEqualTo(date("2026-03-12T00:00:00+08:00"));
    endPublicNotice(pi);
    assertThat(pi).isWaitingAt("Event_InstallmentDue");
    assertThat(runtime.getVariable(pi.getId(), "approvedAmount")).isEqualTo("2400.00");
    assertThat(schedule.of(pi.getBusinessKey())).extracting(r -> r.amount().toPlainString())
        .containsExactly("1200.00", "1200.00");
  }

  @Test
  void aboveSixMonthsOfTheStandardTheCountyApprovesAndThenItIsPaid() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);
    complete(task("Task_ReviewInTownship", pi), approval("4560.01", 3, "2026-04-15"));
    endPublicNotice(pi);

    assertThat(pi).isWaitingAt("Task_ApproveInCounty");
    Task county = task("Task_ApproveInCounty", pi);
    assertThat(county).hasCandidateGroup("county-" + COUNTY);
    // 5 working days from Monday 9 March.
    assertThat(county.getDueDate()).isEqualTo(date("2026-03-16T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("approvalLevel", "COUNTY")
        .containsEntry("urbanDibaoStandard", "760.00");
    assertThatThrownBy(() -> tasks.complete(county.getId(), Map.of("countyApproved", "yes")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyApproved")
        .hasMessageContaining("countyOpinion");
    assertThat(pi).isWaitingAt("Task_ApproveInCounty");

    complete(county, withVariables("countyApproved", true, "countyOpinion", "同意"));
    assertThat(pi).hasPassed("Task_FixInstallmentPlan").isWaitingAt("Event_InstallmentDue");
    for (int n = 0; n < 3; n++) {
      payNextInstallment(pi);
    }
    assertThat(pi).isEnded();
    assertThat(ledger.of(pi.getBusinessKey())).extracting(p -> p.amount().toPlainString())
        .containsExactly("1520.01", "1520.00", "1520.00");
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID");
  }

  @Test
  void theCountyMayRefuse() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);
    complete(task("Task_ReviewInTownship", pi), approval("10000", 10, "2026-04-15"));
    endPublicNotice(pi);

    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", false, "countyOpinion", "医疗费用已大部分报销"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_FixInstallmentPlan").isEnded();
    assertRefused(pi, "医疗费用已大部分报销");
    assertThat(schedule.of(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void someoneInDibaoSkipsTheIncomeAndPropertyCheck() {
    Map<String, Object> application = application(IN_DIBAO);
    application.put("dibaoOrTekun", true);
    ProcessInstance pi = start(application);
    assertThat(runtime.getVariable(pi.getId(), "dibaoOrTekunConfirmed")).isEqualTo(true);

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "必需支出属实"));

    assertThat(pi).hasNotPassed("Task_CheckFamilyEconomy").isWaitingAt("Task_ReviewInTownship");
  }

  @Test
  void someoneInTekunSkipsTheIncomeAndPropertyCheckToo() {
    String id = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.TEKUN, "22", "220102", LocalDate.of(2025, 1, 1), null));
    Map<String, Object> application = application(id);
    application.put("dibaoOrTekun", true);
    ProcessInstance pi = start(application);
    assertThat(runtime.getVariable(pi.getId(), "dibaoOrTekunConfirmed")).isEqualTo(true);

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "必需支出属实"));

    assertThat(pi).hasNotPassed("Task_CheckFamilyEconomy").isWaitingAt("Task_ReviewInTownship");
  }

  @Test
  void theRegisterDecidesEvenWithoutADeclaration() {
    String id = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.TEKUN, "22", "220102", LocalDate.of(2025, 1, 1), null));
    ProcessInstance pi = start(application(id));

    assertThat(runtime.getVariables(pi.getId())).containsEntry("dibaoOrTekun", false)
        .containsEntry("dibaoOrTekunConfirmed", true);
  }

  @Test
  void aDeclarationTheRegisterDoesNotConfirmGetsTheEconomicCheck() {
    Map<String, Object> application = application(P1Fixtures.idNumber());
    application.put("dibaoOrTekun", true);
    ProcessInstance pi = start(application);
    assertThat(runtime.getVariable(pi.getId(), "dibaoOrTekunConfirmed")).isEqualTo(false);

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    assertThat(pi).isWaitingAt("Task_CheckFamilyEconomy");
    assertThat(task("Task_CheckFamilyEconomy", pi)).hasCandidateGroup("township-" + TOWNSHIP_A);
  }

  @Test
  void incomeAndPropertyAboveTheLineIsRefusedInWriting() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    String check = task("Task_CheckFamilyEconomy", pi).getId();
    assertThatThrownBy(() -> tasks.complete(check, Map.of("economicCheckPassed", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("economicCheckOpinion");

    tasks.complete(check, Map.of("economicCheckPassed", false, "economicCheckOpinion", "家庭存款20万元"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Task_ReviewInTownship").isEnded();
    assertRefused(pi, "家庭存款20万元");
  }

  @Test
  void theTownshipsFiguresWithinTheLowIncomeLimitsGoOnToReview() {
    String id = P1Fixtures.idNumber();
    ProcessInstance pi = start(application(id));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    // (1500 + 1500 + 0) / 3 = 1000 a person, below 2 × 760 = 1520; 54720 / 3 = 18240, exactly 24 × 760.
    Map<String, Object> check = HouseholdFixtures.figures(id, "54720", "1500", "1500", "0");
    check.put("economicCheckPassed", true);
    check.put("economicCheckOpinion", "家庭人均收入1000元");

    complete(task("Task_CheckFamilyEconomy", pi), check);

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("inHardship", true).containsEntry("perCapitaIncome", "1000.00")
        .containsEntry("assetsPerPerson", "18240.00").doesNotContainKey("householdMembers");
  }

  @Test
  void figuresAboveTheLowIncomeLimitsAreRefusedInWritingWhatever() {
    String id = P1Fixtures.idNumber();
    ProcessInstance pi = start(application(id));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    // (3100 + 0) / 2 = 1550 a person, not below 1520.
    Map<String, Object> check = HouseholdFixtures.figures(id, "0", "3100", "0");
    check.put("economicCheckPassed", true);
    check.put("economicCheckOpinion", "核对属实");

    complete(task("Task_CheckFamilyEconomy", pi), check);

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Task_ReviewInTownship").isEnded();
    assertRefused(pi, "家庭人均月收入1550.00元，未低于低收入家庭标准1520.00元");
  }

  @Test
  void badFiguresLeaveTheEconomicCheckOpenNamingFieldAndLine() {
    String id = P1Fixtures.idNumber();
    ProcessInstance pi = start(application(id));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    Map<String, Object> check = HouseholdFixtures.figures(List.of(HouseholdFixtures.member("SELF", id, "0"),
        HouseholdFixtures.member("CHILD", "220102199001011234", "-3")), "0");
    check.put("economicCheckPassed", true);
    check.put("economicCheckOpinion", "核对属实");
    String step = task("Task_CheckFamilyEconomy", pi).getId();

    assertThatThrownBy(() -> tasks.complete(step, check)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("householdMembers[2].idNumber").hasMessageContaining("householdMembers[2].monthlyIncome");

    assertThat(pi).isWaitingAt("Task_CheckFamilyEconomy");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("household", "householdMembers", "inHardship");
  }

  @Test
  void aRegisteredPoorPersonIsNotExemptFromTheEconomicCheck() {
    String id = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.POOR, "22", "220102", LocalDate.of(2025, 1, 1), null,
        WorkCapacity.NONE));
    Map<String, Object> application = application(id);
    application.put("dibaoOrTekun", true);
    ProcessInstance pi = start(application);

    assertThat(runtime.getVariable(pi.getId(), "dibaoOrTekunConfirmed")).isEqualTo(false);
  }

  @Test
  void untrueSpendingIsRefusedByTheVillage() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", false, "villageOpinion", "未发现相关医疗支出"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_CheckFamilyEconomy").isEnded();
    assertRefused(pi, "未发现相关医疗支出");
  }

  @Test
  void theTownshipMayRefuseWithoutAmountOrSchedule() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);

    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", false, "townshipOpinion", "支出已由大病保险覆盖"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Gateway_PublicNotice").isEnded();
    assertRefused(pi, "支出已由大病保险覆盖");
    assertThat(historicVariables(history, pi)).doesNotContainKeys("approvedAmount", "installmentPlan");
  }

  static Stream<Arguments> badSchedules() {
    return Stream.of(
        Arguments.of(Map.of("approvedAmount", "0", "installmentCount", 2, "firstInstallmentDate", "2026-04-01"), "approvedAmount"),
        Arguments.of(Map.of("approvedAmount", "-100", "installmentCount", 2, "firstInstallmentDate", "2026-04-01"), "approvedAmount"),
        Arguments.of(Map.of("approvedAmount", "18240.01", "installmentCount", 2, "firstInstallmentDate", "2026-04-01"), "18240.00"),
        Arguments.of(Map.of("approvedAmount", "1000.001", "installmentCount", 2, "firstInstallmentDate", "2026-04-01"), "approvedAmount"),
        Arguments.of(Map.of("approvedAmount", "1000", "installmentCount", 13, "firstInstallmentDate", "2026-04-01"), "installmentCount"),
        Arguments.of(Map.of("approvedAmount", "1000", "installmentCount", 0, "firstInstallmentDate", "2026-04-01"), "installmentCount"),
        Arguments.of(Map.of("approvedAmount", "1000", "installmentCount", 2, "firstInstallmentDate", "2026-03-01"), "firstInstallmentDate"),
        Arguments.of(Map.of("approvedAmount", "1000", "installmentCount", 2), "firstInstallmentDate"),
        Arguments.of(Map.of("approvedAmount", "1000", "installments",
            "[{\"payOn\":\"2026-04-01\",\"amount\":\"500.00\"},{\"payOn\":\"2026-05-01\",\"amount\":\"499.99\"}]"), "installments"),
        Arguments.of(Map.of("approvedAmount", "1000", "installments",
            "[{\"payOn\":\"2026-05-01\",\"amount\":\"500\"},{\"payOn\":\"2026-04-01\",\"amount\":\"500\"}]"), "installments[2].payOn"),
        Arguments.of(Map.of("approvedAmount", "1000", "installments",
            "[{\"payOn\":\"2026-02-27\",\"amount\":\"500\"},{\"payOn\":\"2026-04-01\",\"amount\":\"500\"}]"), "installments[1].payOn"),
        Arguments.of(Map.of("approvedAmount", "1000", "installments",
            "[{\"payOn\":\"2026-04-01\",\"amount\":\"0\"},{\"payOn\":\"2026-05-01\",\"amount\":\"1000\"}]"), "installments[1].amount"),
        Arguments.of(Map.of("approvedAmount", "1000", "installments", "not json"), "installments"));
  }

  @ParameterizedTest
  @MethodSource("badSchedules")
  void aBadAmountOrScheduleIsRefusedNamingTheFieldAndTheReviewStaysOpen(Map<String, Object> decision, String field) {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);
    String review = task("Task_ReviewInTownship", pi).getId();
    Map<String, Object> variables = new HashMap<>(decision);
    variables.put("townshipApproved", true);
    variables.put("townshipOpinion", "同意");

    assertThatThrownBy(() -> tasks.complete(review, variables))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("approvedAmount", "installmentPlan");
  }

  @Test
  void anExplicitListIsTakenAsGivenWhenItAddsUp() {
    ProcessInstance pi = start(application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);

    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "1000", "installments",
        "[{\"payOn\":\"2026-03-02\",\"amount\":\"700.50\"},{\"payOn\":\"2026-06-30\",\"amount\":\"299.50\"}]"));
    endPublicNotice(pi);

    // The first day passed during the notice: that installment is due at once.
    Job first = job(pi, "Event_InstallmentDue");
    assertThat(first.getDuedate()).isEqualTo(date("2026-03-02T09:00:00+08:00"));
    payNextInstallment(pi);
    payNextInstallment(pi);
    assertThat(ledger.of(pi.getBusinessKey())).extracting(p -> p.amount().toPlainString())
        .containsExactly("700.50", "299.50");
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID").doesNotContainKey("installments");
  }

  @Test
  void aFailedPaymentIsRetriedWithBackOffThenAnIncidentAndARepairedRetryPaysOnce() {
    ProcessInstance pi = atInstallments(application(P1Fixtures.idNumber()), "1500.00", 3, "2026-04-01");
    Job timer = job(pi, "Event_InstallmentDue");
    at(timer.getDuedate().toInstant());
    management.executeJob(timer.getId());
    String constraint = "test_fault_" + pi.getBusinessKey().replace('-', '_');
    // The payment system is down for this case: every attempt to write its payment fails.
    jdbc.sql("ALTER TABLE payment ADD CONSTRAINT " + constraint + " CHECK (business_key <> '" + pi.getBusinessKey() + "')").update();
    try {
      List<Instant> attempts = new ArrayList<>();
      Job pay = job(pi, "Task_PayInstallment");
      while (pay.getRetries() > 0 && attempts.size() < 10) {
        at(pay.getDuedate() == null ? ChinaClock.now() : pay.getDuedate().toInstant());
        attempts.add(ChinaClock.now());
        String id = pay.getId();
        assertThatThrownBy(() -> management.executeJob(id)).isNotNull();
        pay = job(pi, "Task_PayInstallment");
      }
      // First try and three retries, 1, 5 and 30 minutes apart.
      assertThat(attempts).hasSize(4);
      assertThat(attempts.get(1)).isEqualTo(attempts.get(0).plusSeconds(60));
      assertThat(attempts.get(2)).isEqualTo(attempts.get(1).plusSeconds(5 * 60));
      assertThat(attempts.get(3)).isEqualTo(attempts.get(2).plusSeconds(30 * 60));
      Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
      assertThat(incident).isNotNull();
      assertThat(incident.getActivityId()).isEqualTo("Task_PayInstallment");
      assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
    } finally {
      jdbc.sql("ALTER TABLE payment DROP CONSTRAINT " + constraint).update();
    }

    // Fault gone; the officer retries from Cockpit (retries set to 1) and the job runs again.
    Job pay = job(pi, "Task_PayInstallment");
    management.setJobRetries(pay.getId(), 1);
    management.executeJob(pay.getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("500.00"));
    assertThat(pi).isWaitingAt("Event_InstallmentDue");
  }

  @Test
  void malformedMaterialsAreRefusedNamingEveryFieldAndLeaveNothingBehind() {
    Map<String, Object> bad = application(P1Fixtures.idNumber());
    String id = (String) bad.get("applicantIdNumber");
    bad.put("applicantIdNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"));
    bad.remove("expenditureDescription");
    bad.put("dibaoOrTekun", "perhaps");
    bad.put("commitmentSigned", false);
    bad.put("villageCode", P1Fixtures.VILLAGE_B);
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> start(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("applicantIdNumber").hasMessageContaining("expenditureDescription")
        .hasMessageContaining("dibaoOrTekun").hasMessageContaining("commitmentSigned").hasMessageContaining("villageCode")
        .hasMessageNotContaining(id.substring(6, 14));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
  }

  @Test
  void theHouseholdRegisterAndAnIdCardOrResidencePermitAreRequired() {
    Map<String, Object> bad = application(P1Fixtures.idNumber());
    bad.remove("householdRegisterProvided");
    bad.put("identityDocument", "PASSPORT");
    assertThatThrownBy(() -> start(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("householdRegisterProvided").hasMessageContaining("identityDocument");

    Map<String, Object> withPermit = application(P1Fixtures.idNumber());
    withPermit.put("identityDocument", "RESIDENCE_PERMIT");
    ProcessInstance pi = start(withPermit);
    assertThat(runtime.getVariables(pi.getId())).containsEntry("householdRegisterProvided", true)
        .containsEntry("identityDocument", "RESIDENCE_PERMIT");
  }

  @Test
  void theEngineKeepsOnlyMaskedNumbersAndTheUnitCodesForAccessControl() {
    String id = P1Fixtures.idNumber();
    ProcessInstance pi = start(application(id));

    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).doesNotContainKeys("applicantIdNumber", "bankAccount")
        .containsEntry("applicantIdNumberMasked", id.substring(0, 6) + "********" + id.substring(14))
        .containsEntry("townshipCode", TOWNSHIP_A).containsEntry("villageCode", VILLAGE_A)
        .containsEntry("countyCode", COUNTY).containsEntry("assistanceKind", "EXPENDITURE")
        .containsEntry("caseNumber", pi.getBusinessKey());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("applicantIdNumber", "bankAccount").count()).isZero();
  }

  // ------------------------------------------------------------------------------------------------------

  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(KEY, variables);
  }

  private ProcessInstance atInstallments(Map<String, Object> application, String amount, int count, String first) {
    ProcessInstance pi = start(application);
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    passEconomicCheck(pi);
    complete(task("Task_ReviewInTownship", pi), approval(amount, count, first));
    endPublicNotice(pi);
    assertThat(pi).isWaitingAt("Event_InstallmentDue");
    return pi;
  }

  private void passEconomicCheck(ProcessInstance pi) {
    complete(task("Task_CheckFamilyEconomy", pi),
        withVariables("economicCheckPassed", true, "economicCheckOpinion", "家庭人均收入低于当地低保标准2倍"));
  }

  private static Map<String, Object> approval(String amount, int count, String first) {
    return withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", amount,
        "installmentCount", count, "firstInstallmentDate", first);
  }

  /** The township posts the 公示 today for the shortest period allowed (7 days, both ends counted). */
  void postNotice(ProcessInstance pi) {
    LocalDate today = ChinaClock.today();
    complete(task("Task_PostPublicNotice", pi), notice(today.toString(), today.plusDays(6).toString()));
  }

  static Map<String, Object> notice(String from, String to) {
    return withVariables("noticeContent", "李华，支出型临时救助，拟救助金额见审核意见", "noticePlace", "幸福社区公示栏",
        "noticeFrom", from, "noticeTo", to, "noticePostedBy", "李明");
  }

  /** Posts the notice if the township has not yet, and lets it run to its end. */
  private void endPublicNotice(ProcessInstance pi) {
    if (tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PostPublicNotice").count() > 0) {
      postNotice(pi);
    }
    Job notice = job(pi, "Event_PublicNoticeEnded");
    at(notice.getDuedate().toInstant().minusSeconds(60));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().activityId("Event_PublicNoticeEnded").count())
        .isZero();
    at(notice.getDuedate().toInstant());
    management.executeJob(notice.getId());
  }

  /** Moves the clock to the next installment's day, fires its timer and runs the payment job. */
  private void payNextInstallment(ProcessInstance pi) {
    Job timer = job(pi, "Event_InstallmentDue");
    if (timer.getDuedate().toInstant().isAfter(ChinaClock.now())) {
      at(timer.getDuedate().toInstant());
    }
    management.executeJob(timer.getId());
    management.executeJob(job(pi, "Task_PayInstallment").getId());
  }

  private Job job(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private void assertRefused(ProcessInstance pi, String reason) {
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED");
    assertThat((String) historicVariables(history, pi).get("refusalReason")).contains(reason);
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains(reason);
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("REFUSED");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
  }
}
