package org.jiuzhu.actions;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * 退回 in P1 and P3: the reviewing step sends the case back along the model's return flow, the earlier step opens
 * afresh with a new time limit and a new overdue timer (the old round's timer is gone), and returns are counted.
 */
@SpringBootTest
@ActiveProfiles("test")
class StepReturnProcessTest {

  /** Monday 2 March 2026, China time. */
  static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PaymentLedger ledger;
  @Autowired AuditTrail trail;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(OPENED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void p1TheTownshipReturnsTheCaseToTheVillageWhoseTimeLimitAndEscalationStartAgain() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    Job firstRound = timer(pi, "Event_VillageOverdue");
    assertThat(firstRound.getDuedate()).isEqualTo(date("2026-03-05T17:30:00+08:00"));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    // Wednesday 4 March: the township finds the witnesses unreached and sends the case back.
    at(OffsetDateTime.parse("2026-03-04T09:00:00+08:00"));
    Task review = task("Task_ReviewInTownship", pi);
    assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("returned", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("returnReason");
    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    complete(review, withVariables("returned", true, "returnReason", "证明人电话无法接通，请重新核实工作经历"));

    assertThat(pi).hasNotPassed("Task_RegisterOncePerProvince")
        .isWaitingAt("Task_VerifyInVillage");
    Task again = task("Task_VerifyInVillage", pi);
    assertThat(again).hasCandidateGroup("village-" + P1Fixtures.VILLAGE_A);
    // 3 working days from Wednesday 4 March, not from the application.
    assertThat(again.getDueDate()).isEqualTo(date("2026-03-09T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("returnCount", 1L)
        .containsEntry("returnReason", "证明人电话无法接通，请重新核实工作经历")
        .containsEntry("returnedFrom", "乡镇（街道）复核");
    assertThat(management.createJobQuery().jobId(firstRound.getId()).count()).isZero();
    assertThat(trail.of(pi.getBusinessKey())).filteredOn(e -> e.action().startsWith("退回"))
        .extracting(AuditEvent::action, AuditEvent::detail)
        .containsExactly(tuple("退回（第1次）：乡镇（街道）复核", "returnReason=证明人电话无法接通，请重新核实工作经历"));

    // The new round's escalation: nothing at the old deadline, the county's 督办 after the new one.
    Job secondRound = timer(pi, "Event_VillageOverdue");
    assertThat(secondRound.getDuedate()).isEqualTo(date("2026-03-09T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-03-06T09:00:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    at(OffsetDateTime.parse("2026-03-09T17:31:00+08:00"));
    management.executeJob(secondRound.getId());
    assertThat(pi).isWaitingAt("Task_VerifyInVillage", "Task_SuperviseVillageOverdue");

    // Verified again, the township decides: a decision of the first round does not steer this one.
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "已联系证明人，属实"));
    assertThat(runtime.getVariable(pi.getId(), "returned")).isEqualTo(false);
    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "800"));
    assertThat(pi).hasPassed("Task_RegisterOncePerProvince");
    assertThat(historicVariables(history, pi)).containsEntry("returnCount", 1L);
  }

  @Test
  void p1TheFirstStepCannotReturn() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    Task village = task("Task_VerifyInVillage", pi);

    assertThatThrownBy(() -> tasks.complete(village.getId(), Map.of("villageVerified", true, "villageOpinion", "属实",
        "returned", true, "returnReason", "退回申请人")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("returned");

    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("returnCount", "returnReason");
  }

  @Test
  void p3TheCountyReturnsToTheTownshipWhichReturnsToTheVillageAndTheCaseGoesOn() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    complete(task("Task_CheckFamilyEconomy", pi), withVariables("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete(task("Task_ReviewInTownship", pi), plan("6000", 3));
    postAndEndNotice(pi);
    Task county = task("Task_ApproveInCounty", pi);
    assertThat(county).hasCandidateGroup("county-" + P3Fixtures.COUNTY);

    // Monday 9 March: the county wants a smaller amount; it returns the case instead of refusing it.
    at(OffsetDateTime.parse("2026-03-09T10:00:00+08:00"));
    complete(county, withVariables("returned", true, "returnReason", "医疗费用部分已报销，请按自付部分调整金额"));

    assertThat(pi).hasNotPassed("Task_WriteRefusalNotice", "Task_FixInstallmentPlan")
        .isWaitingAt("Task_ReviewInTownship");
    Task review = task("Task_ReviewInTownship", pi);
    assertThat(review).hasCandidateGroup("township-" + P3Fixtures.TOWNSHIP_A);
    assertThat(review.getDueDate()).isEqualTo(date("2026-03-12T17:30:00+08:00"));
    Job escalation = timer(pi, "Event_TownshipOverdue");
    assertThat(escalation.getDuedate()).isEqualTo(date("2026-03-12T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-03-12T17:31:00+08:00"));
    management.executeJob(escalation.getId());
    assertThat(pi).isWaitingAt("Task_ReviewInTownship", "Task_SuperviseTownshipOverdue");

    // The township in turn returns it to the village, whose step and escalation start again.
    complete(review, withVariables("returned", true, "returnReason", "请核实医院出具的自付费用清单"));
    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SuperviseTownshipOverdue")
        .count()).isZero();
    assertThat(task("Task_VerifyInVillage", pi).getDueDate()).isEqualTo(date("2026-03-17T17:30:00+08:00"));
    assertThat(timer(pi, "Event_VillageOverdue").getDuedate()).isEqualTo(date("2026-03-17T17:30:00+08:00"));
    assertThat(runtime.getVariable(pi.getId(), "returnCount")).isEqualTo(2L);

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "自付费用清单属实"));
    complete(task("Task_CheckFamilyEconomy", pi), withVariables("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete(task("Task_ReviewInTownship", pi), plan("4560", 2));
    postAndEndNotice(pi);
    // 4560 yuan is within six months of the standard: the township's to confirm, paid by plan.
    assertThat(pi).isWaitingAt("Event_InstallmentDue");
    assertThat(runtime.getVariable(pi.getId(), "approvalLevel")).isEqualTo("TOWNSHIP");
    assertThat(historicVariables(history, pi)).containsEntry("returnCount", 2L).containsEntry("approvedAmount", "4560.00");
  }

  @Test
  void p3TheCountyCanStillApproveOrRefuseAfterAReturnRound() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));
    complete(task("Task_CheckFamilyEconomy", pi), withVariables("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete(task("Task_ReviewInTownship", pi), plan("9000", 3));
    postAndEndNotice(pi);
    complete(task("Task_ApproveInCounty", pi), withVariables("returned", true, "returnReason", "请补充分期理由"));
    complete(task("Task_ReviewInTownship", pi), plan("8000", 4));
    postAndEndNotice(pi);

    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", false, "countyOpinion", "不符合条件"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("returnCount", 1L).containsEntry("outcome", "REFUSED");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
  }

  private static Map<String, Object> plan(String amount, int count) {
    return withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", amount,
        "installmentCount", count, "firstInstallmentDate", "2026-06-01");
  }

  private void postAndEndNotice(ProcessInstance pi) {
    LocalDate today = ChinaClock.today();
    complete(task("Task_PostPublicNotice", pi), withVariables("noticeContent", "拟给予支出型临时救助",
        "noticePlace", "幸福社区公示栏", "noticeFrom", today.toString(), "noticeTo", today.plusDays(6).toString(),
        "noticePostedBy", "李明"));
    Job notice = timer(pi, "Event_PublicNoticeEnded");
    at(notice.getDuedate().toInstant());
    management.executeJob(notice.getId());
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
