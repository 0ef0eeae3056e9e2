package org.jiuzhu.expenditure;

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
import static org.jiuzhu.expenditure.P3Fixtures.*;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** P3's 一次性告知 and 补正: the village lists every missing material, receipts included, and the case waits for them. */
@SpringBootTest
@ActiveProfiles("test")
class P3MaterialsSupplementTest {

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
  void missingReceiptsAreAskedForOnceAndTheVerificationResumesWhenTheyAreIn() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(P1Fixtures.idNumber()));

    complete(task("Task_VerifyInVillage", pi), withVariables("materialsIncomplete", true, "missingReceipt", true,
        "missingHouseholdRegister", true, "supplementNote", "医疗费用票据须为原件"));

    assertThat(pi).hasNotPassed("Gateway_VerifiedByVillage").isWaitingAt("Task_ReceiveSupplement");
    Task waiting = task("Task_ReceiveSupplement", pi);
    assertThat(waiting).hasCandidateGroup("village-" + VILLAGE_A);
    assertThat(waiting.getDueDate()).isEqualTo(date("2026-11-16T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("missingMaterialsText", "户口簿、票据")
        .doesNotContainKey("villageVerified");

    complete(waiting, withVariables("supplementReceived", true));
    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
    complete(task("Task_VerifyInVillage", pi), withVariables("villageVerified", true, "villageOpinion", "属实"));

    assertThat(pi).hasPassed("Gateway_VerifiedByVillage").isWaitingAt("Task_CheckFamilyEconomy");
  }

  @Test
  void whenTheLimitPassesWithoutThemTheCaseIsRefusedNamingWhatWasMissing() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(P1Fixtures.idNumber()));
    complete(task("Task_VerifyInVillage", pi), withVariables("materialsIncomplete", true, "missingReceipt", true));

    Job expiry = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SupplementExpired")
        .singleResult();
    at(OffsetDateTime.parse("2026-11-16T17:31:00+08:00"));
    execute(expiry);

    assertThat(pi).hasPassed("Task_RefuseUnsupplemented", "Task_WriteRefusalNotice", "Task_ArchiveCase")
        .hasNotPassed("Event_SupplementIn", "Task_CheckFamilyEconomy").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED");
    assertThat(notices.find(pi.getBusinessKey()).orElseThrow().reason()).contains("缺少：票据");
  }

  @Test
  void materialsIncompleteWithoutNamingThemIsRefused() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(P1Fixtures.idNumber()));

    assertThatThrownBy(() -> complete(task("Task_VerifyInVillage", pi), withVariables("materialsIncomplete", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("materialsIncomplete");
    assertThat(pi).isWaitingAt("Task_VerifyInVillage");
  }
}
