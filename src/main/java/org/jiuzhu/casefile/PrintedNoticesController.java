package org.jiuzhu.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.materials.MaterialKind;
import org.jiuzhu.materials.SupplementRequest;
import org.jiuzhu.notices.Grant;
import org.jiuzhu.notices.IssuingUnit;
import org.jiuzhu.notices.IssuingUnits;
import org.jiuzhu.notices.NoticePdf;
import org.jiuzhu.notices.NoticeTexts;
import org.jiuzhu.notices.NoticeTexts.Listed;
import org.jiuzhu.notices.PrintedNotice;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The approval notice of a granted case, the one-time notice of missing materials and a township's 公示 list, as PDF. */
@RestController
class PrintedNoticesController {

  /** Where a case waits out its 公示: P3's event gateway (timer or objection), the 低保/特困 objection step. */
  static final String[] IN_PUBLIC_NOTICE = {"Gateway_PublicNotice", "Task_RegisterObjection"};
  /** P3's timer that ends the notice period. */
  private static final String NOTICE_ENDED = "Event_PublicNoticeEnded";
  private static final int MAX_LISTED = 500;

  private final CaseAccess caseAccess;
  private final RefusalNotices refusals;
  private final IssuingUnits issuingUnits;
  private final OrgUnits orgUnits;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final ManagementService management;

  PrintedNoticesController(CaseAccess caseAccess, RefusalNotices refusals, IssuingUnits issuingUnits, OrgUnits orgUnits,
      HistoryService history, RuntimeService runtime, ManagementService management) {
    this.caseAccess = caseAccess;
    this.refusals = refusals;
    this.issuingUnits = issuingUnits;
    this.orgUnits = orgUnits;
    this.history = history;
    this.runtime = runtime;
    this.management = management;
  }

  /**
   * 救助决定通知书 once the level with the authority granted the case and nothing refused it: a 低保/特困 enrolment
   * (outcome ENROLLED), P2's direct grant (in the name of the township where the emergency happened, whichever level
   * confirmed the amount), or any other grant with its amount.
   */
  @GetMapping("/api/cases/{businessKey}/approval-notice.pdf")
  ResponseEntity<byte[]> approval(@PathVariable String businessKey) {
    CaseRef found = caseAccess.visible(businessKey).orElseThrow(() -> noApproval(businessKey));
    Map<String, Object> vars = variables(found.processInstanceId());
    Grant.DecidedBy by = Grant.decided(vars).filter(b -> refusals.find(businessKey).isEmpty())
        .orElseThrow(() -> noApproval(businessKey));
    String applicant = (String) vars.get("applicantName");
    String paidTo = (String) vars.get("bankAccountMasked");
    IssuingUnit decided = issuingUnits.of(by == Grant.DecidedBy.COUNTY ? found.countyCode() : found.townshipCode(),
        found.countyCode());
    PrintedNotice notice;
    if ("ENROLLED".equals(vars.get("outcome")) && vars.get("monthlyBenefit") != null && vars.get("enrolledFrom") != null) {
      LocalDate enrolled = LocalDate.parse((String) vars.get("enrolledFrom"));
      boolean tekun = "TEKUN".equals(vars.get("assistanceType"));
      Long covered = Boolean.TRUE.equals(vars.get("singlePersonHousehold")) ? Long.valueOf(1)
          : vars.get("householdSize") instanceof Number size ? size.longValue() : null;
      notice = NoticeTexts.enrolment(businessKey, applicant, tekun, new BigDecimal(vars.get("monthlyBenefit").toString()),
          YearMonth.from(enrolled), covered, paidTo, decided, enrolled);
    } else if (vars.get("approvedAmount") != null) {
      BigDecimal amount = new BigDecimal(vars.get("approvedAmount").toString());
      LocalDate on = lastSet(found.processInstanceId(), Grant.decisionVariable(by));
      notice = Boolean.TRUE.equals(vars.get("directGrant"))
          ? NoticeTexts.directGrant(businessKey, applicant, amount, paidTo,
              issuingUnits.of(found.townshipCode(), found.countyCode()), on)
          : NoticeTexts.approval(businessKey, applicant, history.createHistoricProcessInstanceQuery()
              .processInstanceId(found.processInstanceId()).singleResult().getProcessDefinitionName(), amount, paidTo,
              decided, on);
    } else {
      throw noApproval(businessKey);
    }
    return NoticePages.pdf(NoticePdf.render(notice), "approval-notice-" + businessKey);
  }

  /**
   * 一次性告知书: every material the verifying unit found missing, and the day they are due; for the case's own units,
   * who hand it to the applicant (others are told there is none).
   */
  @GetMapping("/api/cases/{businessKey}/missing-materials-notice.pdf")
  ResponseEntity<byte[]> missingMaterials(@PathVariable String businessKey) {
    CaseRef found = caseAccess.visible(businessKey).filter(caseAccess::worksOn)
        .orElseThrow(() -> noMissingMaterials(businessKey));
    Map<String, Object> vars = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(found.processInstanceId())
        .variableNameIn("applicantName", SupplementRequest.MISSING, SupplementRequest.DUE, SupplementRequest.REQUESTED_ON)
        .listPage(0, 10).stream().filter(v -> v.getValue() != null).forEach(v -> vars.put(v.getName(), v.getValue()));
    if (vars.get(SupplementRequest.MISSING) == null || vars.get(SupplementRequest.DUE) == null) {
      throw noMissingMaterials(businessKey);
    }
    List<String> missing = SupplementRequest.missing((String) vars.get(SupplementRequest.MISSING)).stream()
        .map(MaterialKind::label).toList();
    return NoticePages.pdf(NoticePdf.render(NoticeTexts.missingMaterials(businessKey, (String) vars.get("applicantName"),
        missing, day((Date) vars.get(SupplementRequest.DUE)), issuingUnits.of(found.townshipCode(), found.countyCode()),
        LocalDate.parse((String) vars.get(SupplementRequest.REQUESTED_ON)))), "missing-materials-notice-" + businessKey);
  }

  @GetMapping("/api/townships/{townshipCode}/public-notice.pdf")
  ResponseEntity<byte[]> publicNotice(@PathVariable String townshipCode) {
    OrgUnit township = readableTownship(townshipCode);
    List<Listed> listed = new ArrayList<>();
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().activityIdIn(IN_PUBLIC_NOTICE)
        .variableValueEquals("townshipCode", townshipCode).listPage(0, MAX_LISTED)) {
      listed.add(listed(pi));
    }
    listed.sort(Comparator.comparing(Listed::from).thenComparing(Listed::caseNumber));
    return NoticePages.pdf(NoticePdf.render(NoticeTexts.publicNotice(township.name(),
        issuingUnits.of(townshipCode, township.countyCode()), listed, ChinaClock.today())),
        "public-notice-" + townshipCode);
  }

  private Listed listed(ProcessInstance pi) {
    Map<String, Object> vars = runtime.getVariables(pi.getId(), List.of("applicantName", "approvedAmount",
        "monthlyBenefit", "noticeFrom", "noticeTo"));
    String kind = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getProcessDefinitionName();
    String amount = vars.get("approvedAmount") != null ? vars.get("approvedAmount").toString()
        : vars.get("monthlyBenefit") != null ? "每月" + vars.get("monthlyBenefit") : "";
    LocalDate from;
    LocalDate to;
    if (vars.get("noticeFrom") != null && vars.get("noticeTo") != null) {
      from = LocalDate.parse(vars.get("noticeFrom").toString().substring(0, 10));
      to = LocalDate.parse(vars.get("noticeTo").toString().substring(0, 10));
    } else {
      // P3's notice runs from the day the case reached it to the day its timer ends it.
      HistoricActivityInstance waiting = history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
          .activityId(IN_PUBLIC_NOTICE[0]).unfinished().singleResult();
      Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(NOTICE_ENDED).singleResult();
      from = day(waiting.getStartTime());
      to = timer == null ? from : day(timer.getDuedate());
    }
    return new Listed(pi.getBusinessKey(), (String) vars.get("applicantName"), kind, amount, from, to);
  }

  /**
   * The township's own staff and its villages' (who post the list; each sees the cases the engine lets it read),
   * its county's, their supervisors and admins print its list.
   */
  private OrgUnit readableTownship(String code) {
    OrgUnit unit = orgUnits.find(code).filter(u -> u.level() == OrgLevel.TOWNSHIP)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有乡镇（街道）" + code));
    String county = unit.countyCode();
    List<String> readers = List.of(OrgLevel.TOWNSHIP.groupOf(code), OrgLevel.COUNTY.groupOf(county),
        "supervisor-" + county, "supervisor-" + county.substring(0, OrgLevel.CITY.codeLength()), CaseAccess.ADMIN_GROUP);
    boolean allowed = caseAccess.caller().map(a -> caseAccess.groupsOf(a).stream().anyMatch(g -> readers.contains(g)
        || OrgLevel.VILLAGE.codeOf(g).filter(village -> village.startsWith(code)).isPresent())).orElse(false);
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "公示名单只供本乡镇（街道）及所属县（市、区）的工作人员、督办人员和管理员打印");
    }
    return unit;
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> vars = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableNameIn("applicantName", "approvedAmount", "bankAccountMasked", "countyApproved", "townshipApproved",
            "approvalLevel", "firstInProvince", "directGrant", "outcome", "monthlyBenefit", "enrolledFrom",
            "assistanceType", "householdSize", "singlePersonHousehold").listPage(0, 50)) {
      if (v.getValue() != null && (v.getActivityInstanceId() == null
          || v.getActivityInstanceId().equals(processInstanceId))) {
        vars.put(v.getName(), v.getValue());
      }
    }
    return vars;
  }

  /** The day a case variable was last set: the day of the decision it records. */
  private LocalDate lastSet(String processInstanceId, String name) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).listPage(0, 1).get(0);
    return history.createHistoricDetailQuery().variableInstanceId(variable.getId()).variableUpdates()
        .orderByTime().desc().listPage(0, 1).stream().map(HistoricDetail::getTime).findFirst()
        .map(PrintedNoticesController::day).orElseGet(() -> day(variable.getCreateTime()));
  }

  private static LocalDate day(Date time) {
    return Instant.ofEpochMilli(time.getTime()).atZone(ChinaClock.ZONE).toLocalDate();
  }

  private static ResponseStatusException noMissingMaterials(String businessKey) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有一次性告知补正材料");
  }

  private static ResponseStatusException noApproval(String businessKey) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有给予救助的决定");
  }
}
