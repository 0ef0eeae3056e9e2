package org.jiuzhu.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.migration.RevisedP1.*;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.deployment.ModelDeployer;
import org.jiuzhu.deployment.ModelFolders;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An admin revises P1 (the village step renamed, on a new form, with a longer time limit; a 民主评议 step after it),
 * redeploys it and moves the cases waiting at the village step: they finish on the new version, their deadlines
 * where they were; a case the plan cannot map is reported and keeps working on its old version.
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseMigrationTest {

  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");
  /** 3 working days from APPLIED across the National Day holiday, at close of business. */
  static final Date VILLAGE_DUE = date("2026-10-10T17:30:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CaseMigration migration;
  @Autowired ModelDeployer deployer;
  @Autowired AuditTrail trail;

  @TempDir Path temp;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void realModelsInForceAgain() {
    identity.clearAuthentication();
    ClockUtil.reset();
    // Deployed at the real time, so that it is the latest for the other tests sharing this engine.
    deployer.deploy(ModelFolders.copyOfRealModels(temp.resolve("restored")));
  }

  @Test
  void casesAtTheVillageStepMoveToTheRevisionAndFinishThereWhileACaseThePlanCannotMapStaysOnItsVersion() {
    at(APPLIED);
    ProcessInstance moving = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    ProcessInstance late = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    Task village = task(VILLAGE_STEP, moving);
    assertThat(village.getDueDate()).isEqualTo(VILLAGE_DUE);
    at(OffsetDateTime.parse("2026-10-12T09:00:00+08:00"));
    management.executeJob(timer(late).getId());
    assertThat(late).isWaitingAt(VILLAGE_STEP, OLD_SUPERVISION);

    ClockUtil.reset();
    deployer.deploy(RevisedP1.write(temp.resolve("revised")));
    at(OffsetDateTime.parse("2026-10-12T10:00:00+08:00"));
    int sourceVersion = engine.getRepositoryService().getProcessDefinition(moving.getProcessDefinitionId()).getVersion();

    identity.setAuthentication("demo", List.of("camunda-admin"));
    CaseMigration.Plan plan = migration.plan(P1Fixtures.KEY, sourceVersion);

    assertThat(plan.target().version()).isGreaterThan(sourceVersion);
    assertThat(plan.steps()).contains(new CaseMigration.Step(VILLAGE_STEP, "村（社区）调查核实", VILLAGE_STEP, VILLAGE_STEP_NAME),
        new CaseMigration.Step("Event_VillageOverdue", "超过3个工作日", "Event_VillageOverdue", "超过3个工作日"));
    // The 督办 step has no counterpart, and neither has the timer that sends it on to the city.
    assertThat(plan.unmapped()).extracting(CaseMigration.StepRef::id)
        .containsExactlyInAnyOrder(OLD_SUPERVISION, "Event_VillageSupervisionOverdue");
    assertThat(plan.movable()).extracting(CaseMigration.Case::processInstanceId).contains(moving.getId())
        .doesNotContain(late.getId());
    assertThat(plan.blocked()).filteredOn(c -> c.processInstanceId().equals(late.getId())).singleElement()
        .satisfies(c -> {
          assertThat(c.businessKey()).isEqualTo(late.getBusinessKey());
          assertThat(c.waitingAt()).containsExactlyInAnyOrder("村（社区）调查核实", "逾期督办：村（社区）调查核实");
          assertThat(c.reasons()).containsExactly("“逾期督办：村（社区）调查核实”在新版本中没有对应环节");
        });

    CaseMigration.Started started = migration.migrate(P1Fixtures.KEY, sourceVersion);
    identity.clearAuthentication();

    assertThat(started.cases()).isEqualTo(plan.movable().size());
    assertThat(started.blocked()).extracting(CaseMigration.Case::processInstanceId).contains(late.getId());
    Batch batch = management.createBatchQuery().batchId(started.batchId()).singleResult();
    assertThat(batch.getType()).isEqualTo(Batch.TYPE_PROCESS_INSTANCE_MIGRATION);
    assertThat(batch.getCreateUserId()).isEqualTo("demo");
    Batches.run(management, batch.getId());

    // The moved case: the same task, under its new step's name and form, due when it was.
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(moving.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(started.target().id());
    Task moved = tasks.createTaskQuery().processInstanceId(moving.getId()).initializeFormKeys().singleResult();
    assertThat(moved.getId()).isEqualTo(village.getId());
    assertThat(moved.getName()).isEqualTo(VILLAGE_STEP_NAME);
    assertThat(moved.getCamundaFormRef().getKey()).isEqualTo(VILLAGE_FORM);
    assertThat(moved.getDueDate()).isEqualTo(VILLAGE_DUE);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(moved.getId()).singleResult().getName())
        .isEqualTo(VILLAGE_STEP_NAME);
    // The revision's 5 working days from now would be 19 October; the case keeps its legal limit.
    Job escalation = timer(moving);
    assertThat(escalation.getDuedate()).isEqualTo(VILLAGE_DUE);
    assertThat(escalation.getProcessDefinitionId()).isEqualTo(started.target().id());
    assertThat(trail.of(moving.getBusinessKey())).filteredOn(e -> e.action().equals(CaseMigration.MIGRATED))
        .singleElement().satisfies(e -> {
          assertThat(e.userId()).isEqualTo("demo");
          assertThat(e.countyCode()).isEqualTo("220102");
          assertThat(e.occurredAt().toInstant()).isEqualTo(OffsetDateTime.parse("2026-10-12T10:00:00+08:00").toInstant());
          assertThat(e.detail()).contains("第" + sourceVersion + "版", "第" + started.target().version() + "版",
              started.batchId());
        });

    // Late already: the escalation fires on the new version, naming the original deadline.
    management.executeJob(escalation.getId());
    assertThat(moving).isWaitingAt(VILLAGE_STEP, NEW_SUPERVISION);
    assertThat(runtime.getVariable(moving.getId(), "overdueDueDate")).isEqualTo("2026-10-10 17:30");

    complete(task(VILLAGE_STEP, moving), withVariables("villageVerified", true, "villageOpinion", "经入户核实，情况属实"));
    complete(task(NEW_STEP, moving), withVariables("villageReviewOpinion", "评议通过"));
    complete(task("Task_ReviewInTownship", moving),
        withVariables("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800));
    execute(job(moving));
    assertThat(moving).hasPassed(NEW_STEP, "Task_PayGrant", "Task_ArchiveCase").isEnded();

    // The case the plan could not map works on, on its own version: no 民主评议 there.
    assertThat(trail.of(late.getBusinessKey())).extracting(AuditEvent::action).doesNotContain(CaseMigration.MIGRATED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(late.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(plan.source().id());
    assertThat(task(VILLAGE_STEP, late).getName()).isEqualTo("村（社区）调查核实");
    complete(task(VILLAGE_STEP, late), withVariables("villageVerified", true, "villageOpinion", "属实"));
    // Finishing the village step closed its 督办 with it, as the step's subprocess ends.
    assertThat(late).isWaitingAt("Task_ReviewInTownship").hasPassed(OLD_SUPERVISION);
  }

  private Job timer(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }
}
