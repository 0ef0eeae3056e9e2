package org.jiuzhu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

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
import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.emergency.P2Fixtures;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The escalation paths every watched step of every procedure shares (its subprocess in the models): a late step
 * goes to the county's supervisors, a 督办 they leave unhandled goes to the city's, and the step's own
 * completion ends whichever 督办 is open.
 */
@SpringBootTest
@ActiveProfiles("test")
class SupervisionEscalationProcessTest {

  /** Monday 2 March 2026, 10:00 China time: no holiday within the weeks these cases take. */
  static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
  static final String COUNTY_SUPERVISORS = "supervisor-220102";
  static final String CITY_SUPERVISORS = "supervisor-2201";

  enum WatchedStep {
    P1_VILLAGE("Task_VerifyInVillage", "Village"), P1_TOWNSHIP("Task_ReviewInTownship", "Township"),
    P2_TOWNSHIP("Task_SetAmountInTownship", "Township"), P2_COUNTY("Task_ApproveInCounty", "County"),
    P2_FOLLOW_UP("Task_CompleteFormalities", "FollowUp"),
    P3_VILLAGE("Task_VerifyInVillage", "Village"), P3_ECONOMY("Task_CheckFamilyEconomy", "Economy"),
    P3_TOWNSHIP("Task_ReviewInTownship", "Township"),
    P3_COUNTY("Task_ApproveInCounty", "County"),
    DIBAO_VILLAGE("Task_InvestigateHousehold", "Village"), DIBAO_TOWNSHIP("Task_ReviewInTownship", "Township");

    final String key;
    final String token;

    WatchedStep(String key, String token) {
      this.key = key;
      this.token = token;
    }

    String supervise() {
      return "Task_Supervise" + token + "Overdue";
    }

    String citySupervise() {
      return "Task_CitySupervise" + token + "Overdue";
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired OrgUnits orgUnits;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(OPENED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @EnumSource(WatchedStep.class)
  void finishingTheStepEndsItsOpenSupervision(WatchedStep step) {
    ProcessInstance pi = overdue(step);

    finish(step, pi);

    assertThat(pi).hasPassed("Event_" + step.token + "StepDone").hasNotPassed("Event_" + step.token + "Supervised");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step.supervise()).count()).isZero();
    assertThat(timer(pi, step, "SupervisionOverdue")).isNull();
  }

  @ParameterizedTest
  @EnumSource(WatchedStep.class)
  void aSupervisionTheCountyHandlesEndsWhileTheStepStaysOpenUntilDone(WatchedStep step) {
    ProcessInstance pi = overdue(step);

    complete(task(step.supervise(), pi), withVariables("supervisionNote", "已电话督促，限两日内办结"));

    assertThat(pi).hasPassed("Event_" + step.token + "Supervised").isWaitingAt(step.key);
    assertThat(timer(pi, step, "SupervisionOverdue")).isNull();
    finish(step, pi);
    assertThat(pi).hasPassed("Event_" + step.token + "StepDone");
  }

  @ParameterizedTest
  @EnumSource(WatchedStep.class)
  void aSupervisionTheCountyLeavesGoesToTheCityAndEndsWithTheStep(WatchedStep step) {
    ProcessInstance pi = overdue(step);

    Task city = toTheCity(step, pi);

    assertThat(pi).isWaitingAt(step.key, step.citySupervise());
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step.supervise()).count()).isZero();
    assertThat(city).hasCandidateGroup(CITY_SUPERVISORS);
    assertThat(tasks.getVariables(city.getId())).containsKeys("overdueStepName", "overdueUnit", "overdueDueDate");
    finish(step, pi);
    assertThat(pi).hasPassed("Event_" + step.token + "StepDone").hasNotPassed("Event_" + step.token + "CitySupervised");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step.citySupervise()).count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(WatchedStep.class)
  void aSupervisionTheCityHandlesEndsWhileTheStepStaysOpen(WatchedStep step) {
    ProcessInstance pi = overdue(step);

    complete(toTheCity(step, pi), withVariables("supervisionNote", "市级督办：请县级民政部门即日督促办结"));

    assertThat(pi).hasPassed("Event_" + step.token + "CitySupervised").isWaitingAt(step.key);
    finish(step, pi);
    assertThat(pi).hasPassed("Event_" + step.token + "StepDone");
  }

  @Test
  void theCountyHasTwoWorkingDaysBeforeItsSupervisionGoesToTheCity() {
    // The village's 3 working days end on Thursday 5 March; the county's two on Monday 9 March.
    ProcessInstance pi = overdue(WatchedStep.P1_VILLAGE);
    Job supervision = timer(pi, WatchedStep.P1_VILLAGE, "SupervisionOverdue");
    assertThat(supervision.getDuedate()).isEqualTo(date("2026-03-09T17:30:00+08:00"));

    at(OffsetDateTime.parse("2026-03-09T17:29:00+08:00"));
    assertThat(management.createJobQuery().jobId(supervision.getId()).executable().count()).isZero();
    at(OffsetDateTime.parse("2026-03-09T17:31:00+08:00"));
    assertThat(management.createJobQuery().jobId(supervision.getId()).executable().count()).isOne();
  }

  @Test
  void eachSupervisionIsDueWithinItsOwnWorkingDays() {
    // The family economic check's 3 working days end on Thursday 5 March; the county's 督办 is due two working
    // days after it opens on Thursday evening (Monday 9 March), the city's two after it opens (Wednesday 11 March).
    ProcessInstance pi = overdue(WatchedStep.P3_ECONOMY);
    Task county = task(WatchedStep.P3_ECONOMY.supervise(), pi);
    assertThat(county.getDueDate()).isEqualTo(date("2026-03-09T17:30:00+08:00"))
        .isEqualTo(timer(pi, WatchedStep.P3_ECONOMY, "SupervisionOverdue").getDuedate());

    Task city = toTheCity(WatchedStep.P3_ECONOMY, pi);

    assertThat(city.getDueDate()).isEqualTo(date("2026-03-11T17:30:00+08:00"));
  }

  /** A fresh case at the step, its time limit passed: the county's supervisors have their 督办. */
  private ProcessInstance overdue(WatchedStep step) {
    ProcessInstance pi = reach(step);
    Job late = timer(pi, step, "Overdue");
    at(late.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(late.getId());
    assertThat(pi).isWaitingAt(step.key, step.supervise());
    assertThat(task(step.supervise(), pi)).hasCandidateGroup(COUNTY_SUPERVISORS)
        .hasDueDate(timer(pi, step, "SupervisionOverdue").getDuedate());
    return pi;
  }

  private Task toTheCity(WatchedStep step, ProcessInstance pi) {
    Job supervision = timer(pi, step, "SupervisionOverdue");
    at(supervision.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(supervision.getId());
    Task city = task(step.citySupervise(), pi);
    assertThat(city.getDueDate()).isAfter(supervision.getDuedate());
    return city;
  }

  private Job timer(ProcessInstance pi, WatchedStep step, String event) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_" + step.token + event)
        .singleResult();
  }

  private ProcessInstance reach(WatchedStep step) {
    return switch (step) {
      case P1_VILLAGE -> runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
      case P1_TOWNSHIP -> finished(WatchedStep.P1_VILLAGE, reach(WatchedStep.P1_VILLAGE));
      case P2_TOWNSHIP -> runtime.startProcessInstanceByKey(P2Fixtures.KEY,
          P2Fixtures.request(P1Fixtures.idNumber(), P2Fixtures.freshTownship(orgUnits)));
      case P2_COUNTY -> finished(WatchedStep.P2_TOWNSHIP, reach(WatchedStep.P2_TOWNSHIP));
      case P2_FOLLOW_UP -> {
        ProcessInstance pi = finished(WatchedStep.P2_COUNTY, reach(WatchedStep.P2_COUNTY));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_PayGrant")
            .singleResult().getId());
        yield pi;
      }
      case P3_VILLAGE -> runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
      case P3_ECONOMY -> finished(WatchedStep.P3_VILLAGE, reach(WatchedStep.P3_VILLAGE));
      case P3_TOWNSHIP -> finished(WatchedStep.P3_ECONOMY, reach(WatchedStep.P3_ECONOMY));
      case P3_COUNTY -> {
        ProcessInstance pi = finished(WatchedStep.P3_TOWNSHIP, reach(WatchedStep.P3_TOWNSHIP));
        complete(task("Task_PostPublicNotice", pi), withVariables("noticeContent", "拟给予支出型临时救助6000元",
            "noticePlace", "幸福社区公示栏", "noticeFrom", "2026-03-02", "noticeTo", "2026-03-08", "noticePostedBy", "李明"));
        Job notice = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PublicNoticeEnded")
            .singleResult();
        at(notice.getDuedate().toInstant());
        management.executeJob(notice.getId());
        yield pi;
      }
      case DIBAO_VILLAGE -> runtime.startProcessInstanceByKey("dibao-application",
          DibaoFixtures.application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
      case DIBAO_TOWNSHIP -> {
        ProcessInstance pi = finished(WatchedStep.DIBAO_VILLAGE, reach(WatchedStep.DIBAO_VILLAGE));
        complete(task("Task_CheckFamilyEconomy", pi),
            withVariables("economicCheckPassed", true, "economicCheckOpinion", "经核对，收入和财产与申报一致"));
        yield pi;
      }
    };
  }

  private ProcessInstance finished(WatchedStep step, ProcessInstance pi) {
    finish(step, pi);
    return pi;
  }

  /** Completes the step as its unit would; in P2 the township's grant goes to the county, in P3 the plan too. */
  private void finish(WatchedStep step, ProcessInstance pi) {
    Map<String, Object> decision = switch (step) {
      case P1_VILLAGE, P3_VILLAGE -> withVariables("villageVerified", true, "villageOpinion", "经入户核实，情况属实");
      case DIBAO_VILLAGE -> withVariables("investigationMethod", "VISIT", "investigators", "王秀英",
          "investigationDate", ChinaClock.today().toString(), "villageVerified", true, "villageOpinion", "经入户调查，情况属实");
      case DIBAO_TOWNSHIP -> withVariables("townshipApproved", true, "townshipOpinion", "同意纳入");
      case P3_ECONOMY -> withVariables("economicCheckPassed", true, "economicCheckOpinion", "家庭人均收入低于当地低保标准2倍");
      case P1_TOWNSHIP -> withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "800");
      case P2_TOWNSHIP -> withVariables("townshipApproved", true, "townshipOpinion", "超过乡镇权限，报县级审批",
          "urgency", "CRITICAL", "approvedAmount", "2000");
      case P2_COUNTY, P3_COUNTY -> withVariables("countyApproved", true, "countyOpinion", "同意");
      case P2_FOLLOW_UP -> withVariables("handlerNames", "王明", "formalitiesSignedOff", true);
      case P3_TOWNSHIP -> withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "6000",
          "installmentCount", 3, "firstInstallmentDate", "2026-06-01");
    };
    complete(task(step.key, pi), decision);
  }
}
