package org.jiuzhu.actions;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.integrity.Declarations;
import org.jiuzhu.pages.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 办理过程 (timeline) of a case at {@code /api/cases/{caseNumber}/timeline}, linked from the steps' forms: for the
 * units on the case (its village, township and county) and those it was copied to (抄送); anyone else finds no such
 * case or is refused.
 */
@RestController
class TimelineController {

  private final CaseAccess access;
  private final AuditTrail trail;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ProcessEngineConfigurationImpl engine;
  private final CaseCopies copies;

  TimelineController(CaseAccess access, AuditTrail trail, HistoryService history, RepositoryService repository,
      ProcessEngineConfiguration engine, CaseCopies copies) {
    this.copies = copies;
    this.access = access;
    this.trail = trail;
    this.history = history;
    this.repository = repository;
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  @GetMapping("/api/cases/{caseNumber}/timeline")
  Timeline.View timeline(@PathVariable String caseNumber) {
    CaseRef c = access.visible(caseNumber)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有案件 " + caseNumber));
    if (!access.worksOn(c) && !access.caller().map(a -> copies.copiedTo(caseNumber, a.getUserId(), access.groupsOf(a)))
        .orElse(false)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "办理过程只供办理本案件的村（社区）、乡镇（街道）、县级人员和抄送对象查看");
    }
    // The case was found readable above; its steps are read as the system, whatever the task grants say.
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(c.processInstanceId())
          .singleResult();
      List<Timeline.Step> steps = history.createHistoricTaskInstanceQuery().processInstanceId(c.processInstanceId())
          .orderByHistoricActivityInstanceStartTime().asc().listPage(0, 500).stream()
          .map(t -> new Timeline.Step(t.getName(), t.getAssignee(), offset(t.getStartTime()), offset(t.getDueDate()),
              offset(t.getEndTime())))
          .toList();
      return Timeline.of(caseNumber, steps, trail.of(caseNumber), labels(pi.getProcessDefinitionId()));
    }));
  }

  @GetMapping(value = "/api/cases/{caseNumber}/timeline", produces = Pages.HTML)
  String page(@PathVariable String caseNumber) {
    Timeline.View view = timeline(caseNumber);
    List<List<String>> steps = view.steps().stream().map(s -> List.of(Pages.escape(s.name()),
        Pages.escape(s.handler()), Pages.escape(Pages.time(s.openedAt())), Pages.escape(Pages.time(s.dueAt())),
        s.doneAt() == null ? "<span class=\"muted\">办理中</span>" : Pages.escape(Pages.time(s.doneAt())))).toList();
    List<List<String>> entries = view.entries().stream().map(e -> List.of(Pages.escape(Pages.time(e.at())),
        Pages.escape(e.handler() == null || AuditTrail.SYSTEM.equals(e.handler()) ? "系统" : e.handler()),
        Pages.escape(e.what()), e.said().stream().map(Pages::escape).collect(Collectors.joining("<br>")))).toList();
    String title = "办理过程 " + caseNumber;
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1><h2>办理环节</h2>"
        + Pages.table(List.of("环节", "办理人", "开始时间", "办理期限", "办结时间"), steps)
        + "<h2>决定与意见</h2><p class=\"muted\">办结后的意见不可修改。</p>"
        + Pages.table(List.of("时间", "办理人", "事项", "决定与意见"), entries));
  }

  /** Every field the case's model declares, by name, with its 中文名称. */
  private Map<String, String> labels(String processDefinitionId) {
    Map<String, String> labels = new HashMap<>();
    collect((ProcessDefinitionEntity) ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(processDefinitionId),
        labels);
    return labels;
  }

  private static void collect(ScopeImpl scope, Map<String, String> labels) {
    for (ActivityImpl activity : scope.getActivities()) {
      labels.putAll(Declarations.of(activity).labels());
      collect(activity, labels);
    }
  }

  private static OffsetDateTime offset(Date date) {
    return date == null ? null : date.toInstant().atZone(ChinaClock.ZONE).toOffsetDateTime();
  }
}
