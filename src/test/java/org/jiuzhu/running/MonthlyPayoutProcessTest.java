package org.jiuzhu.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.dibao.DibaoEnrolments.enrolledHousehold;
import static org.jiuzhu.dibao.DibaoEnrolments.enrolledHouseholdNoticedToday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.integrity.Refusal;
import org.jiuzhu.payment.Payment;
import org.jiuzhu.payment.PaymentLedger;
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

/**
 * Every path of processes/monthly-payout.bpmn: the monthly timer and an admin's start, the county's confirmation
 * (four eyes) or hold, release into the ledger once per case and month, re-runs and a resumed run; which cases
 * are paid by status; a raised standard paying more the next month. Other tests' cases share the database, so
 * the assertions look at this test's cases and township A's batch.
 */
@SpringBootTest
@ActiveProfiles("test")
class MonthlyPayoutProcessTest {

  static final String KEY = "monthly-payout";
  static final String TOWNSHIP_A = P1Fixtures.TOWNSHIP_A;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired RunningCases cases;
  @Autowired PaymentLedger ledger;
  @Autowired LocalStandards standards;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    ClockUtil.reset();
    jdbc.sql("DELETE FROM local_standard WHERE county_code = '220102' AND effective_from > DATE '2026-01-01'").update();
  }

  @Test
  void theMonthlyTimerPaysEachActiveCaseOnceAfterTheCountyConfirmsAndARerunPaysNobodyAgain() {
    String c = household3At300();
    at(OffsetDateTime.parse("2026-04-05T10:00:00+08:00"));
    Job timer = management.createJobQuery().processDefinitionKey(KEY).activityId("StartEvent_PayoutDay").singleResult();
    management.executeJob(timer.getId());
    ProcessInstance run = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).active()
        .orderByProcessInstanceId().desc().list().stream()
        .filter(p -> "2026-04".equals(runtime.getVariable(p.getId(), "payoutMonth"))).findFirst().orElseThrow();
    assertThat(runtime.getVariable(run.getId(), "startedBy")).isEqualTo("system");
    prepare(run);

    Task confirm = confirmTask(run);
    assertThat(confirm).hasCandidateGroup("county-220102");
    Payouts.Batch batch = batch("2026-04");
    assertThat(batch.status()).isEqualTo("PREPARED");
    assertThat(tasks.getVariables(confirm.getId())).containsEntry("batchCases", String.valueOf(batch.cases()))
        .containsEntry("batchAmount", batch.amount().setScale(2) + " 元");
    assertThat(batch.amount()).isEqualByComparingTo(jdbc.sql("""
        SELECT SUM(amount) FROM payout_line WHERE payout_month = '2026-04' AND township_code = ? AND status = 'DUE'""")
        .param(TOWNSHIP_A).query(BigDecimal.class).single());
    assertThat(ledger.of(c)).isEmpty();

    confirmAs("officer1", confirm, true);
    release(run);
    assertThat(ledger.of(c)).singleElement().satisfies(p -> {
      assertThat(p.period()).isEqualTo("2026-04");
      assertThat(p.installment()).isEqualTo(202604);
      assertThat(p.amount()).isEqualByComparingTo("1380.00");
      assertThat(p.status()).isEqualTo(Payment.PAID);
    });
    assertThat(batch("2026-04").status()).isEqualTo("RELEASED");
    assertThat(batch("2026-04").confirmedBy()).isEqualTo("officer1");

    ProcessInstance again = startAs("demo", "2026-04");
    prepare(again);
    assertThat(tasks.createTaskQuery().processInstanceId(again.getId()).list())
        .noneMatch(t -> TOWNSHIP_A.equals(tasks.getVariable(t.getId(), "townshipCode")));
    assertThat(ledger.of(c)).hasSize(1);
  }

  @Test
  void theFirstPayoutIsTheBenefitFixedAtEnrolmentForAHouseholdWithAMemberWorkingAwayAndAKeyMember() {
    Map<String, Object> away = new HashMap<>(DibaoFixtures.member("SELF", P1Fixtures.idNumber(), "2000.00"));
    away.put("worksAway", true);
    ProcessInstance c = enrolledHousehold(List.of(away,
        DibaoFixtures.member("PARENT", DibaoFixtures.bornOn(LocalDate.of(1954, 5, 1)), "0"),
        DibaoFixtures.member("CHILD", P1Fixtures.idNumber(), "0")));
    String application = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey((String) runtime.getVariable(c.getId(), "applicationCaseNumber")).singleResult().getId();
    Object fixed = history.createHistoricVariableInstanceQuery().processInstanceId(application)
        .variableName("monthlyBenefit").singleResult().getValue();
    // Work cost 2120 − 760 = 1360 off 2000: counted 640; 760 × 3 − 640 = 1640.00; the parent aged 71: + 76.00.
    assertThat(fixed).isEqualTo("1716.00");

    at(OffsetDateTime.parse("2026-04-10T10:00:00+08:00"));
    payMonth("2026-03");
    assertThat(ledger.of(c.getBusinessKey())).singleElement().satisfies(p -> {
      assertThat(p.period()).isEqualTo("2026-03");
      assertThat(p.amount()).isEqualByComparingTo((String) fixed);
    });
  }

  @Test
  void aCaseEnrolledAfterItsTownshipsBatchWasReleasedIsPaidInASupplementaryBatchTheCountyConfirmsAndNobodyTwice() {
    String early = household3At300();
    at(OffsetDateTime.parse("2027-01-05T10:00:00+08:00"));
    payMonth("2027-01");
    assertThat(batch("2027-01")).extracting(Payouts.Batch::batchNo, Payouts.Batch::status).containsExactly(1, "RELEASED");
    assertThat(ledger.of(early)).extracting(Payment::period).containsExactly("2027-01");

    // Applied on 6 January, enrolled when its notice ends a week later: after the township's batch was released.
    at(OffsetDateTime.parse("2027-01-06T10:00:00+08:00"));
    String late = enrolledHouseholdNoticedToday(List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(),
        P1Fixtures.idNumber()), "500.00", "400.00", "0").getBusinessKey();
    assertThat(cases.get(late).enrolledFrom()).isAfter(LocalDate.of(2027, 1, 5)).isBefore(LocalDate.of(2027, 2, 1));
    at(OffsetDateTime.parse("2027-01-20T10:00:00+08:00"));
    ProcessInstance supplement = startAs("demo", "2027-01");
    prepare(supplement);
    Task confirm = confirmTask(supplement);
    Payouts.Batch second = batch("2027-01");
    assertThat(second).extracting(Payouts.Batch::batchNo, Payouts.Batch::status, Payouts.Batch::cases,
        Payouts.Batch::amount).containsExactly(2, "PREPARED", 1, new BigDecimal("1380.00"));
    assertThat(tasks.getVariables(confirm.getId())).containsEntry("batchCases", "1")
        .hasEntrySatisfying("batchNo", n -> assertThat((String) n).startsWith("2（补发批次"));
    assertThat(ledger.of(late)).isEmpty();

    confirmAs("officer1", confirm, true);
    release(supplement);
    assertThat(ledger.of(late)).extracting(Payment::period, Payment::amount)
        .containsExactly(tuple("2027-01", new BigDecimal("1380.00")));
    assertThat(ledger.of(early)).hasSize(1);
    assertThat(batch("2027-01").status()).isEqualTo("RELEASED");

    // Everybody is paid for January: a further run prepares nothing for the township.
    ProcessInstance again = startAs("demo", "2027-01");
    prepare(again);
    assertThat(tasks.createTaskQuery().processInstanceId(again.getId()).list())
        .noneMatch(t -> TOWNSHIP_A.equals(tasks.getVariable(t.getId(), "townshipCode")));
    assertThat(ledger.of(early)).hasSize(1);
    assertThat(ledger.of(late)).hasSize(1);
  }

  @Test
  void whoeverStartedTheRunMayNotConfirmItAndAHeldBatchPaysNothingUntilTheMonthIsRunAgain() {
    String c = household3At300();
    at(OffsetDateTime.parse("2026-06-10T10:00:00+08:00"));
    ProcessInstance run = startAs("demo", "2026-05");
    assertThat(runtime.getVariable(run.getId(), "startedBy")).isEqualTo("demo");
    prepare(run);
    Task confirm = confirmTask(run);
    assertThatThrownBy(() -> confirmAs("demo", confirm, true)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("batchConfirmed");
    assertThatThrownBy(() -> {
      identity.setAuthentication("officer1", List.of("county-220102"));
      tasks.complete(confirm.getId(), Map.of("batchConfirmed", true));
    }).isInstanceOf(InvalidInputException.class).hasMessageContaining("confirmNote");
    identity.clearAuthentication();

    confirmAs("officer1", confirm, false);
    assertThat(run).hasPassed("Task_HoldBatch");
    assertThat(batch("2026-05").status()).isEqualTo("HELD");
    assertThat(ledger.of(c)).isEmpty();

    ProcessInstance again = startAs("demo", "2026-05");
    prepare(again);
    confirmAs("officer1", confirmTask(again), true);
    release(again);
    assertThat(ledger.of(c)).extracting(Payment::period).containsExactly("2026-05");
  }

  @Test
  void endedCasesAreNotPaidSuspendedOnesAreSkippedWithTheReasonAndAGradualExitIsPaidToItsLastMonth() {
    String ended = household3At300();
    String suspended = household3At300();
    String gradual = household3At300();
    cases.setStatus(ended, RunningCase.ENDED, null, LocalDate.of(2026, 6, 15));
    cases.setStatus(suspended, RunningCase.SUSPENDED, null, null);
    cases.setStatus(gradual, RunningCase.GRADUAL_EXIT, LocalDate.of(2026, 7, 31), null);
    at(OffsetDateTime.parse("2026-08-10T10:00:00+08:00"));

    payMonth("2026-07");
    assertThat(ledger.of(ended)).isEmpty();
    assertThat(ledger.of(suspended)).isEmpty();
    assertThat(ledger.of(gradual)).extracting(Payment::period).containsExactly("2026-07");
    assertThat(line("2026-07", suspended)).containsEntry("STATUS", "SKIPPED").containsEntry("REASON", "案件暂停发放");
    assertThat(line("2026-07", ended)).isEmpty();

    payMonth("2026-08");
    assertThat(ledger.of(gradual)).extracting(Payment::period).containsExactly("2026-07");
    assertThat(line("2026-08", gradual)).containsEntry("STATUS", "SKIPPED")
        .containsEntry("REASON", "渐退期已于2026-07届满");
  }

  @Test
  void aStandardTheCountyRaisesPaysMoreFromItsMonthWithoutTouchingTheCase() {
    String c = household3At300();
    standards.save(new LocalStandard("220102", LocalDate.of(2026, 10, 1), new BigDecimal("800.00"),
        new BigDecimal("600.00"), new BigDecimal("2120.00")));
    at(OffsetDateTime.parse("2026-10-10T10:00:00+08:00"));
    payMonth("2026-09");
    payMonth("2026-10");
    // (760 − 300) × 3 = 1380.00 in September; (800 − 300) × 3 = 1500.00 from October.
    assertThat(ledger.of(c)).extracting(Payment::period, Payment::amount).containsExactly(
        tuple("2026-09", new BigDecimal("1380.00")),
        tuple("2026-10", new BigDecimal("1500.00")));
  }

  @Test
  void aRunResumesAfterTheLastCaseItWroteAndPaysThatCaseOnce() {
    String c = household3At300();
    at(OffsetDateTime.parse("2026-11-10T10:00:00+08:00"));
    // A run that crashed after writing its first page: this case's line is there, nothing was paid.
    jdbc.sql("""
        INSERT INTO payout_line (payout_month, business_key, township_code, status, amount)
        VALUES ('2026-11', ?, ?, 'DUE', 1380.00)""").params(c, TOWNSHIP_A).update();
    payMonth("2026-11");
    assertThat(ledger.of(c)).extracting(Payment::period).containsExactly("2026-11");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM payout_line WHERE payout_month = '2026-11' AND business_key = ?")
        .param(c).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aMonthMalformedOrInTheFutureOrAStartByStaffIsRefusedAndNothingStarts() {
    at(OffsetDateTime.parse("2026-06-10T10:00:00+08:00"));
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    for (String month : List.of("2026-13", "26-06", "2026-6", "2026-07")) {
      assertThatThrownBy(() -> startAs("demo", month)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("month");
    }
    assertThatThrownBy(() -> startAs("officer1", "2026-05")).isInstanceOf(Refusal.class);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------------

  /** A running case of 3 adults with per-capita income 300 under 760: 1380.00 a month. */
  private String household3At300() {
    at(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
    return enrolledHousehold(List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(), P1Fixtures.idNumber()),
        "500.00", "400.00", "0").getBusinessKey();
  }

  /** An admin's run for a month, confirmed by the county officer and released. */
  private void payMonth(String month) {
    ProcessInstance run = startAs("demo", month);
    prepare(run);
    confirmAs("officer1", confirmTask(run), true);
    release(run);
  }

  private ProcessInstance startAs(String user, String month) {
    identity.setAuthentication(user, "demo".equals(user) ? List.of("camunda-admin") : List.of("county-220102"));
    try {
      return runtime.startProcessInstanceByMessage("Message_PayoutRequested", Map.of("month", month));
    } finally {
      identity.clearAuthentication();
    }
  }

  private void prepare(ProcessInstance run) {
    management.executeJob(jobAt(run, "Task_PreparePayout").getId());
  }

  private void release(ProcessInstance run) {
    management.executeJob(jobAt(run, "Task_ReleaseBatch").getId());
  }

  private Job jobAt(ProcessInstance run, String activityId) {
    return management.createJobQuery().processInstanceId(run.getId()).activityId(activityId).list().stream()
        .filter(j -> TOWNSHIP_A.equals(runtime.getVariable(j.getExecutionId(), "townshipCode"))
            || "Task_PreparePayout".equals(activityId))
        .findFirst().orElseThrow();
  }

  private Task confirmTask(ProcessInstance run) {
    return tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey("Task_ConfirmBatch").list().stream()
        .filter(t -> TOWNSHIP_A.equals(tasks.getVariable(t.getId(), "townshipCode"))).findFirst().orElseThrow();
  }

  private void confirmAs(String user, Task confirm, boolean confirmed) {
    identity.setAuthentication(user, "demo".equals(user) ? List.of("camunda-admin") : List.of("county-220102"));
    try {
      tasks.complete(confirm.getId(), Map.of("batchConfirmed", confirmed, "confirmNote", confirmed ? "核对无误" : "户数待核实"));
    } finally {
      identity.clearAuthentication();
    }
  }

  private Payouts.Batch batch(String month) {
    return jdbc.sql("""
            SELECT payout_month AS payoutMonth, township_code AS townshipCode, batch_no AS batchNo, status, cases,
              amount, skipped, started_by AS startedBy, confirmed_by AS confirmedBy, note FROM payout_batch
            WHERE payout_month = ? AND township_code = ? ORDER BY batch_no DESC""")
        .params(month, TOWNSHIP_A).query(Payouts.Batch.class).list().get(0);
  }

  private Map<String, Object> line(String month, String businessKey) {
    return jdbc.sql("SELECT status, reason FROM payout_line WHERE payout_month = ? AND business_key = ?")
        .params(month, businessKey).query().listOfRows().stream().findFirst().orElse(Map.of());
  }
}
