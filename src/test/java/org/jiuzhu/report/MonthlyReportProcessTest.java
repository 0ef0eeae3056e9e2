package org.jiuzhu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.unemployed.P1Fixtures.application;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/monthly-report.bpmn, and the figures of a month counted by hand: June 2026 in 南关区, which no other
 * test uses. Times are China time; the JVM runs in UTC, so the month's edges are checked across zones.
 */
@SpringBootTest
@ActiveProfiles("test")
class MonthlyReportProcessTest {

  static final String KEY = "monthly-report";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired MonthlyReports reports;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void juneIsCountedAsByHandAndTheCitySubmitsByTheTenth() {
    // Z: opened late on 31 May, not received in June; its village step is done in June, 2 working days after,
    // and its township step, due 4 June, is still open when the report runs: overdue.
    ProcessInstance z = startAt("2026-05-31T23:30:00+08:00", application(idNumber()));
    at(OffsetDateTime.parse("2026-06-02T09:00:00+08:00"));
    complete(task("Task_VerifyInVillage", z), withVariables("villageVerified", true, "villageOpinion", "属实"));

    // A: verified in 1 working day, approved in 1, paid 800.00 and filed as granted.
    ProcessInstance a = startAt("2026-06-01T10:00:00+08:00", application(idNumber()));
    at(OffsetDateTime.parse("2026-06-02T09:00:00+08:00"));
    complete(task("Task_VerifyInVillage", a), withVariables("villageVerified", true, "villageOpinion", "属实"));
    at(OffsetDateTime.parse("2026-06-03T09:00:00+08:00"));
    complete(task("Task_ReviewInTownship", a),
        withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800));
    execute(job(a));
    assertThat(a).isEnded();

    // B: refused by the system check and filed as refused.
    Map<String, Object> tooSoon = application(idNumber());
    tooSoon.put("monthsWithoutIncome", 2L);
    ProcessInstance b = startAt("2026-06-08T10:00:00+08:00", tooSoon);
    assertThat(b).isEnded();

    // C: village step due 18 June (Dragon Boat holiday after it) done on the 22nd, 4 working days: overdue;
    // the township step due the 24th is still open when the report runs: overdue too.
    ProcessInstance c = startAt("2026-06-15T10:00:00+08:00", application(idNumber()));
    assertThat(task("Task_VerifyInVillage", c).getDueDate()).isEqualTo(date("2026-06-18T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-06-22T09:00:00+08:00"));
    complete(task("Task_VerifyInVillage", c), withVariables("villageVerified", true, "villageOpinion", "属实"));
    assertThat(task("Task_ReviewInTownship", c).getDueDate()).isEqualTo(date("2026-06-24T17:30:00+08:00"));

    // E: opened half an hour before July, China time; its first step falls due in July.
    startAt("2026-06-30T23:30:00+08:00", application(idNumber()));

    ProcessInstance report = runTimerAt("2026-07-01T09:00:00+08:00");

    assertThat(report).hasPassed("Task_ComputeMonthlyReport").isWaitingAt("Task_SubmitMonthlyReport")
        .variables().containsEntry("reportMonth", "2026-06");
    Task submit = task("Task_SubmitMonthlyReport", report);
    assertThat(submit).hasCandidateGroup("city-2201").hasCandidateGroup("supervisor-2201");
    assertThat(submit.getDueDate()).isEqualTo(date("2026-07-10T17:30:00+08:00"));

    // Received A, B, C, E (not Z): 4; granted A; refused B; paid A's 800.00; steps done Z 2, A 1 + 1, C 4 working
    // days: 8 / 4 = 2.0; overdue: Z's township, C's village and C's township.
    MonthlyReports.Line expected = new MonthlyReports.Line(P1Fixtures.KEY, 4, 1, 1, new java.math.BigDecimal("800.00"),
        new java.math.BigDecimal("2.0"), 3);
    assertThat(reports.of("220102", YearMonth.of(2026, 6))).containsExactly(expected);
    assertThat(reports.of("2201", YearMonth.of(2026, 6))).containsExactly(expected);

    complete(submit, withVariables("reportChecked", true, "submitNote", "已核对"));
    assertThat(report).isEnded();
  }

  @Test
  void whenTheTenthIsNoWorkingDayTheCitySubmitsOnTheNext() {
    // 10 May 2026 is a Sunday.
    ProcessInstance may = runTimerAt("2026-05-01T09:00:00+08:00");
    assertThat(may).variables().containsEntry("reportMonth", "2026-04");
    assertThat(task("Task_SubmitMonthlyReport", may).getDueDate()).isEqualTo(date("2026-05-11T17:30:00+08:00"));
    complete(task("Task_SubmitMonthlyReport", may), withVariables("reportChecked", true));

    // 10 October 2026 is a Saturday declared a working day (调休).
    ProcessInstance october = runTimerAt("2026-10-01T09:00:00+08:00");
    assertThat(task("Task_SubmitMonthlyReport", october).getDueDate()).isEqualTo(date("2026-10-10T17:30:00+08:00"));
    complete(task("Task_SubmitMonthlyReport", october), withVariables("reportChecked", true));
    assertThat(october).isEnded();
  }

  @Test
  void theTimerFiresOnTheFirstOfEachMonth() {
    assertThat(management.createJobQuery().processDefinitionKey(KEY).timers().singleResult().getDuedate())
        .isNotNull()
        .satisfies(due -> assertThat(due.toInstant().atZone(java.time.ZoneId.systemDefault()).getDayOfMonth())
            .isEqualTo(1));
  }

  private ProcessInstance startAt(String time, Map<String, Object> variables) {
    at(OffsetDateTime.parse(time));
    return runtime.startProcessInstanceByKey(P1Fixtures.KEY, variables);
  }

  /** Fires the monthly timer at {@code time} and runs the computation; returns the report's instance. */
  private ProcessInstance runTimerAt(String time) {
    at(OffsetDateTime.parse(time));
    management.executeJob(management.createJobQuery().processDefinitionKey(KEY).timers().singleResult().getId());
    ProcessInstance started = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .orderByProcessInstanceId().desc().list().stream()
        .filter(pi -> management.createJobQuery().processInstanceId(pi.getId()).messages().count() == 1)
        .findFirst().orElseThrow();
    execute(job(started));
    return started;
  }
}
