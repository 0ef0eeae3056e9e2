package org.jiuzhu.actions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseHandOver;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 委派, 转办 and 抄送, for the staff who work a step (its candidate unit), each with its reason in the case's
 * audit trail and timeline. The engine's own operations for these (delegate, candidate groups, authorizations)
 * need rights staff do not have, so after the checks here they are done as the system:
 * <ul>
 * <li>委派 ({@code POST /api/tasks/{taskId}/delegation} {@code {"userId","note"}}): to a colleague of the same unit;
 * the colleague resolves the step (Tasklist's 完成 resolves a delegated step) and it comes back to the delegator.
 * <li>转办 ({@code POST /api/tasks/{taskId}/transfer} {@code {"unitCode","reason"}}): to another unit of the same level
 * in the same county, when the case is at the wrong one; the case's unit, its open steps and its reading rights
 * move, and its history stays. A village's case moving to a village of another township moves the township too.
 * <li>抄送 ({@code POST /api/cases/{caseNumber}/copies} {@code {"unitCode" or "userId","note"}}): read access to the
 * case and its timeline, no step.
 * </ul>
 */
@RestController
class HandOverController {

  record Delegation(String userId, String note) {
  }

  record Transfer(String unitCode, String reason) {
  }

  record Copy(String unitCode, String userId, String note) {
  }

  private static final int NOTE_LENGTH = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CaseAccess access;
  private final CaseHandOver handOver;
  private final OrgUnits orgUnits;
  private final AuditTrail trail;
  private final CaseCopies copies;

  HandOverController(TaskService tasks, RuntimeService runtime, IdentityService identity, CaseAccess access,
      CaseHandOver handOver, OrgUnits orgUnits, AuditTrail trail, CaseCopies copies) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.access = access;
    this.handOver = handOver;
    this.orgUnits = orgUnits;
    this.trail = trail;
    this.copies = copies;
  }

  @PostMapping("/api/tasks/{taskId}/delegation")
  @Transactional
  Map<String, String> delegate(@PathVariable String taskId, @RequestBody Delegation delegation) {
    Step step = workedByCaller(taskId);
    String note = words(delegation.note(), "委派说明", false);
    String to = delegation.userId() == null ? "" : delegation.userId().strip();
    // Staff may not list users; whether the colleague is in the unit is asked as the system.
    if (to.isEmpty() || to.equals(step.caller())
        || asSystem(() -> identity.createUserQuery().userId(to).memberOfGroup(step.unit()).count()) == 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "委派对象（userId）须为本单位（" + step.unit() + "）的其他工作人员");
    }
    asSystem(() -> {
      tasks.setAssignee(taskId, step.caller());
      tasks.delegateTask(taskId, to);
      trail.record(step.caller(), step.c().businessKey(), step.c().countyCode(), "委派：" + step.task().getName(),
          "委派给 " + to + (note == null ? "" : "；说明 " + note));
      return null;
    });
    return Map.of("taskId", taskId, "delegatedTo", to, "owner", step.caller());
  }

  @PostMapping("/api/tasks/{taskId}/transfer")
  @Transactional
  Map<String, String> transfer(@PathVariable String taskId, @RequestBody Transfer transfer) {
    Step step = workedByCaller(taskId);
    String reason = words(transfer.reason(), "转办理由", true);
    OrgLevel level = transferLevel(step);
    String code = transfer.unitCode() == null ? "" : transfer.unitCode().strip();
    OrgUnit target = orgUnits.find(code).filter(u -> u.level() == level).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "转办单位（unitCode）" + code + " 不存在，或不是" + (level == OrgLevel.VILLAGE ? "村（社区）" : "乡镇（街道）")));
    transferRefusal(step, target).ifPresent(why -> {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, why);
    });
    OrgUnit township = townshipOf(target);
    String pi = step.c().processInstanceId();
    asSystem(() -> {
      if (level == OrgLevel.VILLAGE) {
        handOver.moveUnit(pi, step.unit(), target.group());
        runtime.setVariable(pi, "villageCode", target.code());
        runtime.setVariable(pi, "villageName", target.name());
      }
      if (!township.code().equals(step.c().townshipCode())) {
        handOver.moveUnit(pi, OrgLevel.TOWNSHIP.groupOf(step.c().townshipCode()), township.group());
        runtime.setVariable(pi, "townshipCode", township.code());
        runtime.setVariable(pi, "townshipName", township.name());
      }
      trail.record(step.caller(), step.c().businessKey(), step.c().countyCode(), "转办：" + step.task().getName(),
          step.unit() + " 转至 " + target.group() + "（" + target.name() + "）；理由 " + reason);
      return null;
    });
    return Map.of("taskId", taskId, "unit", target.group());
  }

  @PostMapping("/api/cases/{caseNumber}/copies")
  @Transactional
  Map<String, String> copy(@PathVariable String caseNumber, @RequestBody Copy copy) {
    String caller = caller().getUserId();
    CaseRef c = access.visible(caseNumber).filter(access::worksOn)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到案件 " + caseNumber + "，或该案件不在您所在单位"));
    String note = words(copy.note(), "抄送说明", false);
    String group = copy.unitCode() == null || copy.unitCode().isBlank() ? null
        : orgUnits.find(copy.unitCode().strip()).map(OrgUnit::group).orElseThrow(() -> new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "抄送单位（unitCode）" + copy.unitCode().strip() + " 不存在"));
    String user = group != null || copy.userId() == null || copy.userId().isBlank() ? null : copy.userId().strip();
    if (group == null && (user == null || asSystem(() -> identity.createUserQuery().userId(user).count()) == 0)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请填写存在的抄送单位代码（unitCode）或人员（userId）");
    }
    String recipient = group != null ? "group:" + group : "user:" + user;
    asSystem(() -> {
      handOver.copyTo(c.processInstanceId(), group, user);
      copies.record(caseNumber, recipient, caller, note);
      trail.record(caller, caseNumber, c.countyCode(), "抄送", recipient + (note == null ? "" : "；说明 " + note));
      return null;
    });
    return Map.of("caseNumber", caseNumber, "copiedTo", recipient);
  }

  /**
   * What the Tasklist tab 办理 may offer on this step ({@code GET /api/tasks/{taskId}/handling}): the colleagues it
   * may be delegated to and the units it may be transferred to (both empty, with the reason, unless the caller works
   * the step), and the units of the case's county it may be copied to. Only for the units of the case (others: 403,
   * or 404 if they cannot see it), like the actions, whose rules the lists follow and which check them again.
   */
  @GetMapping("/api/tasks/{taskId}/handling")
  Handling handling(@PathVariable String taskId) {
    Authentication caller = caller();
    Task task = openTask(taskId);
    CaseRef c = caseOf(task);
    List<Colleague> colleagues = List.of();
    List<Unit> transferUnits = List.of();
    String refusal = null;
    try {
      Step step = workedBy(caller, task, c);
      colleagues = asSystem(() -> identity.createUserQuery().memberOfGroup(step.unit()).orderByUserId().asc().list())
          .stream().filter(u -> !u.getId().equals(step.caller()))
          .map(u -> new Colleague(u.getId(), nameOf(u.getLastName()) + nameOf(u.getFirstName()))).toList();
      transferUnits = transferLevelOrEmpty(step).map(level -> orgUnits.within(c.countyCode()).stream()
          .filter(u -> u.level() == level && transferRefusal(step, u).isEmpty()).map(Unit::of).toList())
          .orElse(List.of());
    } catch (ResponseStatusException notTheirs) {
      refusal = notTheirs.getReason();
    }
    if (refusal != null && !access.worksOn(c)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
    List<String> own = access.groupsOf(caller);
    List<Unit> copyUnits = orgUnits.within(c.countyCode()).stream()
        .filter(u -> !own.contains(u.group())).map(Unit::of).toList();
    return new Handling(c.businessKey(), colleagues, transferUnits, refusal, copyUnits);
  }

  record Colleague(String userId, String name) {
  }

  record Unit(String code, String name) {
    static Unit of(OrgUnit unit) {
      return new Unit(unit.code(), unit.name());
    }
  }

  record Handling(String caseNumber, List<Colleague> colleagues, List<Unit> transferUnits, String handOverRefusal,
      List<Unit> copyUnits) {
  }

  private static String nameOf(String part) {
    return part == null ? "" : part;
  }

  /** The level a step may be transferred within: only village and township steps move. */
  private static Optional<OrgLevel> transferLevelOrEmpty(Step step) {
    return Optional.of(OrgLevel.VILLAGE).filter(l -> l.codeOf(step.unit()).isPresent())
        .or(() -> Optional.of(OrgLevel.TOWNSHIP).filter(l -> l.codeOf(step.unit()).isPresent()));
  }

  private static OrgLevel transferLevel(Step step) {
    return transferLevelOrEmpty(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "只有村（社区）、乡镇（街道）办理的环节可以转办"));
  }

  /** Why the step may not go to this unit of its level, if it may not. */
  private Optional<String> transferRefusal(Step step, OrgUnit target) {
    if (!target.countyCode().equals(step.c().countyCode()) || target.group().equals(step.unit())) {
      return Optional.of("只能转办到本县（市、区）内的其他同级单位");
    }
    OrgUnit township = townshipOf(target);
    String village = target.level() == OrgLevel.VILLAGE ? target.code() : step.c().villageCode();
    if (village != null && !village.startsWith(township.code())) {
      return Optional.of("案件所在村（社区）" + village + "不属于" + township.name()
          + "：请在村（社区）环节转办到该乡镇（街道）的村（社区）");
    }
    return Optional.empty();
  }

  private OrgUnit townshipOf(OrgUnit target) {
    return target.level() == OrgLevel.TOWNSHIP ? target : orgUnits.find(target.parentCode()).orElseThrow();
  }

  private record Step(Task task, CaseRef c, String unit, String caller) {
  }

  /** The open step as the caller sees it, and the unit through which the caller works it. */
  private Step workedByCaller(String taskId) {
    Authentication caller = caller();
    Task task = openTask(taskId);
    return workedBy(caller, task, caseOf(task));
  }

  private Task openTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该环节：不存在或已办结");
    }
    return task;
  }

  private CaseRef caseOf(Task task) {
    return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult()).flatMap(pi -> access.visible(pi.getBusinessKey()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该环节：不存在或已办结"));
  }

  private Step workedBy(Authentication caller, Task task, CaseRef c) {
    List<String> groups = access.groupsOf(caller);
    String unit = asSystem(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).filter(groups::contains).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "只有办理该环节的单位可以委派、转办"));
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "该环节已由 " + task.getAssignee() + " 认领办理");
    }
    return new Step(task, c, unit, caller.getUserId());
  }

  private Authentication caller() {
    return access.caller().filter(a -> a.getUserId() != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "请先登录"));
  }

  private static String words(String text, String label, boolean required) {
    String words = text == null || text.isBlank() ? null : text.strip().replaceAll("\\p{Cntrl}", " ");
    if (words == null && required) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, label + "必填");
    }
    if (words != null && words.length() > NOTE_LENGTH) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, label + "不超过" + NOTE_LENGTH + "字");
    }
    return words;
  }

  private <T> T asSystem(Supplier<T> work) {
    return access.asSystem(work);
  }
}
