package org.jiuzhu.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.pages.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /api/my-cases (已办 / 我经手的案件): the cases the caller opened or completed a step of, with where each stands
 * now; a refused one links its written notice. Read through the engine as the caller, so only the cases their
 * unit may see appear. JSON for clients, a page for the browser.
 */
@RestController
class MyCasesController {

  /**
   * The most recent openings and completed steps read, each; enough for a clerk's last months, and bounded so that
   * no query below asks for more rows than the engine's query-max-results-limit (2000) allows.
   */
  static final int HANDLINGS_READ = 300;

  private final HistoryService history;
  private final TaskService tasks;
  private final CaseAccess access;

  MyCasesController(HistoryService history, TaskService tasks, CaseAccess access) {
    this.history = history;
    this.tasks = tasks;
    this.access = access;
  }

  @GetMapping("/api/my-cases")
  List<HandledCases.Line> myCases() {
    String user = access.caller().map(Authentication::getUserId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    List<HandledCases.Handling> handlings = new ArrayList<>();
    history.createHistoricProcessInstanceQuery().startedBy(user).orderByProcessInstanceStartTime().desc()
        .listPage(0, HANDLINGS_READ)
        .forEach(pi -> handlings.add(new HandledCases.Handling(pi.getId(), null, offset(pi.getStartTime()))));
    history.createHistoricTaskInstanceQuery().taskAssignee(user).finished().orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, HANDLINGS_READ)
        .forEach(t -> handlings.add(new HandledCases.Handling(t.getProcessInstanceId(), t.getName(), offset(t.getEndTime()))));
    return HandledCases.lines(handlings, cases(handlings.stream().map(HandledCases.Handling::processInstanceId)
        .filter(id -> id != null).distinct().toArray(String[]::new)));
  }

  /**
   * One case the caller started, as a line of 我经手的案件: what Tasklist's start dialog tells the clerk right after
   * the start (its number, or that it was refused at intake, with the notice).
   */
  @GetMapping("/api/my-cases/{processInstanceId}")
  HandledCases.Line startedCase(@PathVariable String processInstanceId) {
    String user = access.caller().map(Authentication::getUserId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .startedBy(user).singleResult();
    if (started == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有您受理的这个案件");
    }
    return HandledCases.lines(List.of(new HandledCases.Handling(started.getId(), null, offset(started.getStartTime()))),
        cases(started.getId())).stream().findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有您受理的这个案件"));
  }

  @GetMapping(value = "/api/my-cases", produces = Pages.HTML)
  String page() {
    List<List<String>> rows = myCases().stream().map(line -> List.of(
        Pages.escape(line.caseNumber()), Pages.escape(line.procedure()), Pages.escape(line.applicantName()),
        Pages.escape(String.join("、", line.myHandling())), Pages.escape(Pages.time(line.lastHandledAt())),
        (line.refused() ? "<span class=\"refused\">" + Pages.escape(line.status()) + "</span>" : Pages.escape(line.status()))
            + (line.refusalNoticeUrl() == null ? "" : "<br>" + Pages.link(line.refusalNoticeUrl(), "不予救助告知书")),
        Pages.link("/api/payments?businessKey=" + line.caseNumber(), "发放记录"))).toList();
    return Pages.page("我经手的案件", "<h1>我经手的案件</h1><p class=\"muted\">您受理或办理过的案件，最近办理的在前。</p>"
        + Pages.table(List.of("案件编号", "救助类别", "申请人", "我办理的环节", "最近办理时间", "案件状态", ""), rows));
  }

  /** The cases the caller may see among these, each with its variables and open steps read in one query. */
  private Map<String, HandledCases.Case> cases(String... ids) {
    Map<String, HandledCases.Case> cases = new HashMap<>();
    if (ids.length == 0) {
      return cases;
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn("applicantName", "outcome", "refusalNoticeUrl").listPage(0, ids.length * 3)) {
      variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
    }
    Map<String, List<String>> open = new HashMap<>();
    for (Task t : tasks.createTaskQuery().processInstanceIdIn(ids).listPage(0, ids.length * 3)) {
      open.computeIfAbsent(t.getProcessInstanceId(), id -> new ArrayList<>()).add(t.getName());
    }
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(ids))
        .listPage(0, ids.length)) {
      Map<String, Object> v = variables.getOrDefault(pi.getId(), Map.of());
      cases.put(pi.getId(), new HandledCases.Case(pi.getId(), pi.getBusinessKey(), pi.getProcessDefinitionName(),
          (String) v.get("applicantName"), pi.getState(), (String) v.get("outcome"), open.getOrDefault(pi.getId(), List.of()),
          (String) v.get("refusalNoticeUrl")));
    }
    return cases;
  }

  private static OffsetDateTime offset(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
