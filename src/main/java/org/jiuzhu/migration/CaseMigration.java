package org.jiuzhu.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.Admins;
import org.jiuzhu.deployment.Paged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases of a procedure from an older version to the latest, for admins (the Admin page and
 * /api/admin/migrations): steps map by equal id; the engine's own checks tell which cases cannot move and why,
 * and those stay on their version, working; the rest move as one batch (visible in Cockpit), each case's audit
 * trail recording who moved it and when. Timers keep their due dates: a migration never moves a time limit.
 */
@Component
public class CaseMigration {

  static final String MIGRATED = "迁移到新版本";

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ProcessEngineConfigurationImpl engine;
  private final AuditTrail trail;
  private final Admins admins;

  CaseMigration(ProcessEngine engine, AuditTrail trail, Admins admins) {
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.trail = trail;
    this.admins = admins;
  }

  public record Version(String id, int version, long runningCases) {
  }

  public record Procedure(String key, String name, List<Version> versions) {
  }

  public record Step(String sourceId, String sourceName, String targetId, String targetName) {
  }

  public record StepRef(String id, String name) {
  }

  /** @param reasons empty for a case that can move */
  public record Case(String processInstanceId, String businessKey, List<String> waitingAt, List<String> reasons) {
  }

  /**
   * @param steps    the source version's steps and where they go
   * @param unmapped the source version's steps a case can wait at that have no counterpart
   * @param movable  cases that can move
   * @param blocked  cases that cannot, and why
   */
  public record Plan(String processKey, String processName, Version source, Version target, List<Step> steps,
      List<StepRef> unmapped, List<Case> movable, List<Case> blocked) {
  }

  /** @param batchId null when no case could move */
  public record Started(String batchId, Version source, Version target, int cases, List<Case> blocked) {
  }

  /** Every procedure with its versions, oldest first, and how many cases run on each. */
  public List<Procedure> procedures() {
    admins.require();
    List<Procedure> procedures = new ArrayList<>();
    for (ProcessDefinition latest : Paged.all(repository.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc())) {
      List<Version> versions = Paged.all(repository.createProcessDefinitionQuery()
          .processDefinitionKey(latest.getKey()).orderByProcessDefinitionVersion().asc()).stream()
          .map(this::version).toList();
      procedures.add(new Procedure(latest.getKey(), latest.getName(), versions));
    }
    return procedures;
  }

  /** The plan from this version of the procedure to its latest, and the cases it moves and leaves. */
  public Plan plan(String processKey, int sourceVersion) {
    admins.require();
    return planFor(processKey, sourceVersion).plan();
  }

  /** Moves every case the plan can move, as one batch; the others stay, working on their version. */
  @Transactional
  public Started migrate(String processKey, int sourceVersion) {
    String admin = admins.require();
    Planned planned = planFor(processKey, sourceVersion);
    Plan plan = planned.plan();
    if (plan.movable().isEmpty()) {
      return new Started(null, plan.source(), plan.target(), 0, plan.blocked());
    }
    List<String> ids = plan.movable().stream().map(Case::processInstanceId).toList();
    Batch batch = runtime.newMigration(planned.migration()).processInstanceIds(ids).executeAsync();
    Map<String, String> counties = counties(ids);
    String detail = processKey + " 第" + plan.source().version() + "版 → 第" + plan.target().version() + "版，批次 "
        + batch.getId();
    plan.movable().forEach(c -> trail.record(admin, c.businessKey(), counties.get(c.processInstanceId()), MIGRATED, detail));
    return new Started(batch.getId(), plan.source(), plan.target(), ids.size(), plan.blocked());
  }

  private record Planned(Plan plan, MigrationPlan migration) {
  }

  private Planned planFor(String processKey, int sourceVersion) {
    ProcessDefinition source = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .processDefinitionVersion(sourceVersion).singleResult();
    if (source == null) {
      throw new NotFoundException("没有流程 " + processKey + " 的第" + sourceVersion + "版");
    }
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (target.getId().equals(source.getId())) {
      throw new IllegalArgumentException("第" + sourceVersion + "版已是最新版本，无需迁移");
    }
    BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
    Map<String, String> sourceNames = names(sourceModel);
    Map<String, String> targetNames = names(repository.getBpmnModelInstance(target.getId()));
    MigrationPlan migration = withoutTimerUpdates(source, target, sourceModel);

    List<Step> steps = migration.getInstructions().stream()
        .map(i -> new Step(i.getSourceActivityId(), sourceNames.get(i.getSourceActivityId()), i.getTargetActivityId(),
            targetNames.get(i.getTargetActivityId())))
        .sorted(Comparator.comparingInt(step -> List.copyOf(sourceNames.keySet()).indexOf(step.sourceId())))
        .toList();
    Set<String> mapped = steps.stream().map(Step::sourceId).collect(Collectors.toSet());
    List<StepRef> unmapped = sourceModel.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> canHoldACase(node) && !mapped.contains(node.getId()))
        .map(node -> new StepRef(node.getId(), sourceNames.get(node.getId())))
        .toList();

    List<ProcessInstance> cases = Paged.all(runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
        .orderByProcessInstanceId().asc());
    Map<String, List<String>> reasons = cases.isEmpty() ? Map.of()
        : engine.getCommandExecutorTxRequired().execute(new MigrationCheck(
            (MigrationPlanExecutionBuilderImpl) runtime.newMigration(migration).processInstanceIds(
                cases.stream().map(ProcessInstance::getId).toList()),
            cases.stream().map(ProcessInstance::getId).toList(), id -> sourceNames.getOrDefault(id, id)));
    List<Case> movable = new ArrayList<>();
    List<Case> blocked = new ArrayList<>();
    for (ProcessInstance pi : cases) {
      Case c = new Case(pi.getId(), pi.getBusinessKey(), waitingAt(pi.getId(), sourceNames), reasons.get(pi.getId()));
      (c.reasons().isEmpty() ? movable : blocked).add(c);
    }
    Plan plan = new Plan(processKey, target.getName(), version(source), version(target), steps, unmapped, movable,
        blocked);
    return new Planned(plan, migration);
  }

  /**
   * Equal ids map, as the engine generates it; message and signal triggers follow the new version, but no timer
   * is recomputed: a step's escalation stays due when its time limit was when the step began.
   */
  private MigrationPlan withoutTimerUpdates(ProcessDefinition source, ProcessDefinition target, BpmnModelInstance model) {
    MigrationPlan generated = runtime.createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities().updateEventTriggers().build();
    MigrationPlanBuilder plan = runtime.createMigrationPlan(source.getId(), target.getId());
    for (MigrationInstruction instruction : generated.getInstructions()) {
      MigrationInstructionBuilder mapped = plan.mapActivities(instruction.getSourceActivityId(),
          instruction.getTargetActivityId());
      if (instruction.isUpdateEventTrigger() && !isTimer(model, instruction.getSourceActivityId())) {
        mapped.updateEventTrigger();
      }
    }
    return plan.build();
  }

  /** The steps a case can wait at, the only ones a migration maps: the engine passes the others in one go. */
  private static boolean canHoldACase(FlowNode node) {
    return node instanceof UserTask || node instanceof ReceiveTask || node instanceof SubProcess
        || node instanceof CallActivity || node instanceof CatchEvent && !(node instanceof StartEvent)
        || node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
  }

  private static boolean isTimer(BpmnModelInstance model, String activityId) {
    return model.getModelElementById(activityId) instanceof CatchEvent event
        && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
  }

  private static Map<String, String> names(BpmnModelInstance model) {
    Map<String, String> names = new LinkedHashMap<>(); // in model order, which the plan's steps follow
    model.getModelElementsByType(FlowNode.class)
        .forEach(node -> names.put(node.getId(), Objects.requireNonNullElse(node.getName(), node.getId())));
    return names;
  }

  /** The steps a case is at: its leaf activity instances and those waiting on an asynchronous continuation. */
  private List<String> waitingAt(String processInstanceId, Map<String, String> names) {
    List<String> at = new ArrayList<>();
    collect(runtime.getActivityInstance(processInstanceId), names, at);
    return at;
  }

  private static void collect(ActivityInstance instance, Map<String, String> names, List<String> at) {
    if (instance == null) {
      return;
    }
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
        && !instance.getActivityId().equals(instance.getProcessDefinitionId())) {
      at.add(names.getOrDefault(instance.getActivityId(), instance.getActivityId()));
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, names, at);
    }
    for (TransitionInstance waiting : instance.getChildTransitionInstances()) {
      at.add(names.getOrDefault(waiting.getActivityId(), waiting.getActivityId()));
    }
  }

  private Map<String, String> counties(List<String> processInstanceIds) {
    Map<String, String> counties = new LinkedHashMap<>();
    for (VariableInstance county : Paged.all(runtime.createVariableInstanceQuery()
        .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).variableName("countyCode"))) {
      if (county.getValue() instanceof String code) {
        counties.put(county.getProcessInstanceId(), code);
      }
    }
    return counties;
  }

  private Version version(ProcessDefinition definition) {
    return new Version(definition.getId(), definition.getVersion(),
        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
  }
}
