package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.jiuzhu.unemployed.P1Fixtures.*;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** P1's 一次性告知 and 补正: the village lists every missing material at once and the case waits for them. */
@SpringBootTest
@ActiveProfiles("test")
class P1MaterialsSupplementTest {

  /** A Monday; the 10 working days of jiuzhu.time-limits.supplement, counted from the next day, end on Monday the 16th. */
  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RefusalNotices notices;

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
  void missingMaterialsAreListedAtOnceAndOnceInTheCaseIsVerifiedAgainAndGoesOn() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(idNumber()));

    complete(task("Task_VerifyInVillage", pi), withVariables("materialsIncomplete", true,
        "missingHouseholdRegister", true, "missingIdentity", "true", "missingCommitment", false,
        "supplementNote", "户口簿须含本人页"));

    assertThat(pi).hasPassed("Gateway_MaterialsComplete").hasNotPassed("Gateway_VerifiedByVillage")
        .isWaitingAt("Task_ReceiveSupplement");
    Task waiting = task("Task_ReceiveSupplement", pi);
    assertThat(waiting).hasCandidateGroup("village-" + VILLAGE_A);
    assertThat(waiting.getDueDate()).isEqualTo(date("2026-11-16T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("missingMaterials", "HOUSEHOLD_REGISTER,IDENTITY")
        .containsEntry("missingMaterialsText", "户口簿、居民身份证或居住证")
        .containsEntry("supplementRequestedOn", "2026-11-02").containsEntry("materialsIncomplete", true)
        .doesNotContainKeys("missingHouseholdRegister", "missingIdentity", "villageVerified");

    assertThatThrownBy(() -> complete(waiting, withVariables("supplementReceived", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("supplementReceived");
    complete(task("Task_ReceiveSupplement", pi), withVariables("supplementReceived", true,
        "supplementReceivedNote", "11月5日收到户口簿、身份证复印件"));

    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
    assertThat(task("Task_VerifyInVillage", pi).getDueDate()).as("the verification's 3 working days start again")
        .isEqualTo(date("2026-11-05T17:30:00+08:00"));
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    assertThat(pi).isWaitingAt("Task_ReviewInTownship");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SupplementExpired").count())
        .isZero();
  }

  @Test
  void whenTheLimitPassesWithoutThemTheCaseIsRefusedNamingWhatWasMissing() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("materialsIncomplete", true,
        "missingApplication", true, "missingCommitment", true));

    Job expiry = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SupplementExpired")
        .singleResult();
    assertThat(expiry.getDuedate()).isEqualTo(date("2026-11-16T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-11-16T17:31:00+08:00"));
    execute(expiry);

    assertThat(pi).hasPassed("Task_RefuseUnsupplemented", "Task_WriteRefusalNotice", "Task_ArchiveCase")
        .hasNotPassed("Event_SupplementIn", "Task_ReviewInTownship").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED");
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason())
        .contains("未在一次性告知书规定的期限内补正", "申请书、承诺书");
  }

  @Test
  void materialsIncompleteWithoutNamingThemIsRefusedAndTheStepStaysOpen() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(idNumber()));
    Task village = task("Task_VerifyInVillage", pi);

    assertThatThrownBy(() -> complete(village, withVariables("materialsIncomplete", true, "missingIdentity", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("materialsIncomplete");
    assertThatThrownBy(() -> complete(village, withVariables("materialsIncomplete", "maybe")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("materialsIncomplete");

    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
  }

  @Test
  void theContractsVillageDecisionAloneStillGoesToTheTownship() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(idNumber()));

    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实",
        "materialsIncomplete", false));

    assertThat(pi).hasPassed("Gateway_MaterialsComplete").isWaitingAt("Task_ReviewInTownship");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("materialsIncomplete", false)
        .doesNotContainKey("missingMaterials");
  }
}
