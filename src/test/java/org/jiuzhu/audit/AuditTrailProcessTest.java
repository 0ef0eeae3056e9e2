package org.jiuzhu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit trail the engine writes as P1 cases (and any other deployed process) move. */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailProcessTest {

  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");
  static final List<String> VILLAGE_A = List.of("village-" + P1Fixtures.VILLAGE_A);
  static final List<String> TOWNSHIP_A = List.of("township-" + P1Fixtures.TOWNSHIP_A);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AuditTrail trail;

  @BeforeEach
  void setUp() {
    at(APPLIED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPaidCaseRecordsWhoDidEachStepWithTheDecisionsTaken() {
    ProcessInstance pi = as("clerk1", VILLAGE_A, () -> runtime.startProcessInstanceByKey(P1Fixtures.KEY,
        P1Fixtures.application(P1Fixtures.idNumber())));
    String village = taskOf(pi, "Task_VerifyInVillage");
    as("clerk1", VILLAGE_A, () -> tasks.complete(village, Map.of("villageVerified", true, "villageOpinion", "经入户核实，情况属实")));
    String township = taskOf(pi, "Task_ReviewInTownship");
    as("reviewer1", TOWNSHIP_A, () -> tasks.complete(township,
        Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800)));
    // The payment job runs with nobody logged in, as the job executor does.
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

    List<AuditEvent> events = trail.of(pi.getBusinessKey());
    assertThat(events).extracting(AuditEvent::action, AuditEvent::userId, AuditEvent::detail).containsExactly(
        tuple("受理申请", "clerk1", null),
        tuple("完成：村（社区）调查核实", "clerk1", "villageVerified=true; villageOpinion=经入户核实，情况属实; lowIncomeTested=false; inHardship=true"),
        // The amount as the model's own listener normalised it; urgency was not given, so it is left out.
        tuple("完成：乡镇（街道）复核", "reviewer1", "townshipApproved=true; townshipOpinion=同意; approvedAmount=800.00"),
        tuple("录入临时救助信息系统并查重", "reviewer1", "firstInProvince=true"),
        tuple("发放救助金", AuditTrail.SYSTEM, "approvedAmount=800.00"));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.businessKey()).isEqualTo(pi.getBusinessKey());
      assertThat(e.countyCode()).isEqualTo("220102");
      assertThat(e.occurredAt()).isAtSameInstantAs(APPLIED);
    });
  }

  @Test
  void claimingAndReleasingATaskAreRecordedWithTheAssignee() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String village = taskOf(pi, "Task_VerifyInVillage");

    as("clerk1", VILLAGE_A, () -> tasks.claim(village, "clerk1"));
    as("demo", List.of("camunda-admin"), () -> tasks.setAssignee(village, null));

    assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::action, AuditEvent::userId, AuditEvent::detail)
        .containsExactly(
            tuple("受理申请", AuditTrail.SYSTEM, null),
            tuple("认领/指派：村（社区）调查核实", "clerk1", "办理人 clerk1"),
            tuple("取消认领：村（社区）调查核实", "demo", null));
  }

  @Test
  void anOverdueStepAndItsSupervisionAreRecorded() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    at(OffsetDateTime.parse("2026-10-10T17:31:00+08:00"));
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    String supervise = taskOf(pi, "Task_SuperviseVillageOverdue");

    as("supervisor1", List.of("supervisor-220102"), () -> tasks.complete(supervise, Map.of("supervisionNote", "已电话督促社区当日办结")));

    assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::action, AuditEvent::userId, AuditEvent::detail)
        .containsExactly(
            tuple("受理申请", AuditTrail.SYSTEM, null),
            tuple("标记逾期", AuditTrail.SYSTEM, "overdueStepName=村（社区）调查核实; overdueDueDate=2026-10-10 17:30"),
            tuple("完成：逾期督办：村（社区）调查核实", "supervisor1", "supervisionNote=已电话督促社区当日办结"));
  }

  @Test
  void aRefusalRecordsTheReasonGivenInWriting() {
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("monthsWithoutIncome", 1L);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, application);

    assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::action).containsExactly("受理申请", "书面告知不予救助理由");
    assertThat(trail.of(pi.getBusinessKey()).get(1).detail()).startsWith("refusalReason=不符合认定条件：");
  }

  @Test
  void clearPersonalNumbersAreNeverRecordedEvenWhenAModelListsThem() {
    String deployment = repository.createDeployment().name("audit-test").addString("audit-test.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AuditTest" targetNamespace="test">
          <bpmn:process id="audit-test" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="ToCheck" sourceRef="Start" targetRef="Check" />
            <bpmn:userTask id="Check" name="核对">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="audit" value="applicantIdNumber, note ,bankAccount" />
                  <camunda:property name="field" value="applicantIdNumber | idnumber" />
                  <camunda:property name="field" value="note | text 100" />
                  <camunda:property name="field" value="bankAccount | account" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="ToEnd" sourceRef="Check" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """).deploy().getId();
    try {
      String idNumber = P1Fixtures.idNumber();
      ProcessInstance pi = runtime.startProcessInstanceByKey("audit-test", "AUDIT-TEST-" + System.nanoTime());
      Task check = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();

      tasks.complete(check.getId(), Map.of("applicantIdNumber", idNumber, "note", "已核对", "bankAccount", "6222020200112233445"));

      assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::action, AuditEvent::detail, AuditEvent::countyCode)
          .containsExactly(tuple("受理申请", null, null), tuple("完成：核对", "note=已核对", null));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private String taskOf(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId();
  }

  /** Runs the call logged in as the user, as Tasklist and the REST API do. */
  private <T> T as(String user, List<String> groups, Supplier<T> call) {
    identity.setAuthentication(user, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void as(String user, List<String> groups, Runnable call) {
    as(user, groups, () -> {
      call.run();
      return null;
    });
  }

  private static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }
}
