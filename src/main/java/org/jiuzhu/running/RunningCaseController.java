package org.jiuzhu.running;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.pages.Pages;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /api/cases/{case}/benefit-history: every change of a running case's benefit or status (who, when, why, old,
 * new), for its units and supervisors. PUT /api/counties/{county}/exit-suspension {"suspended", "reason"}: the
 * county's switch 疫情期间暂停退出, for its county staff and admins, audited; lifting it resumes the exits that
 * waited.
 */
@RestController
class RunningCaseController {

  private final RunningCases cases;
  private final ExitSuspensions suspensions;
  private final ExitSuspensionSwitch exitSwitch;
  private final CaseAccess access;

  RunningCaseController(RunningCases cases, ExitSuspensions suspensions, ExitSuspensionSwitch exitSwitch,
      CaseAccess access) {
    this.cases = cases;
    this.suspensions = suspensions;
    this.exitSwitch = exitSwitch;
    this.access = access;
  }

  @GetMapping("/api/cases/{businessKey}/benefit-history")
  List<HistoryEntry> history(@PathVariable String businessKey) {
    CaseRef c = access.visible(businessKey)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "无此案件或无权查看"));
    if (!access.worksOn(c) && !access.supervises(c)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "保障金变动记录只供本案件的承办单位和督办人员查看");
    }
    return cases.history(businessKey);
  }

  @GetMapping(value = "/api/cases/{businessKey}/benefit-history", produces = Pages.HTML)
  String historyPage(@PathVariable String businessKey) {
    List<List<String>> rows = history(businessKey).stream().map(e -> List.of(Pages.escape(Pages.time(e.changedAt())),
        Pages.escape(e.changedBy()), Pages.escape(HistoryEntry.STATUS.equals(e.what()) ? "状态" : "月保障金"),
        Pages.escape(e.oldValue() == null ? "" : e.oldValue()), Pages.escape(e.newValue()), Pages.escape(e.reason())))
        .toList();
    String title = "保障金及状态变动记录 " + businessKey;
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1>"
        + Pages.table(List.of("时间", "办理人", "事项", "原值", "新值", "理由"), rows));
  }

  @GetMapping("/api/counties/{countyCode}/exit-suspension")
  ExitSuspensions.Switch exitSuspension(@PathVariable String countyCode) {
    allow(countyCode);
    return suspensions.of(countyCode).orElse(new ExitSuspensions.Switch(countyCode, false, "", null, null));
  }

  @PutMapping("/api/counties/{countyCode}/exit-suspension")
  @Transactional
  ExitSuspensions.Switch setExitSuspension(@PathVariable String countyCode,
      @RequestBody(required = false) Map<String, Object> body) {
    String user = allow(countyCode);
    Map<String, Object> request = body == null ? Map.of() : body;
    List<Problem> problems = new ArrayList<>();
    Boolean suspended = Values.bool(request.get("suspended"), "suspended", problems);
    String reason = Values.text(request.get("reason"), "reason", 2000, problems);
    InvalidInputException.throwIfAny("疫情期间暂停退出", problems);
    exitSwitch.set(countyCode, suspended, reason, user);
    return suspensions.of(countyCode).orElseThrow();
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> badInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidInputException", "message", e.getMessage(),
        "problems", e.problems()));
  }

  /** The caller's user id if they are the county's staff or an admin; 403 otherwise. */
  private String allow(String countyCode) {
    Authentication caller = access.caller().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (access.inAnyOrAdmin(caller, List.of(OrgLevel.COUNTY.groupOf(countyCode)))) {
      return caller.getUserId();
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本县（市、区）民政部门和管理员可以设置疫情期间暂停退出");
  }
}
