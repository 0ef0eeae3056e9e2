package org.jiuzhu.audit;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.pages.Pages;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's audit trail, for its supervisors; and its applicant's full ID and account numbers, for the units
 * working on it, every look (and every refused attempt) going into the trail. A case the caller may not see
 * is not found.
 */
@RestController
class CaseAuditController {

  private static final String VIEWED = "查看完整个人信息";
  private static final String REFUSED = "拒绝查看完整个人信息";
  private static final String REFUSED_UNKNOWN = "拒绝查看完整个人信息：无此案件或无权查看";

  private final CaseAccess access;
  private final AuditTrail trail;
  private final PersonalDataVault vault;
  private final HistoryService history;

  CaseAuditController(CaseAccess access, AuditTrail trail, PersonalDataVault vault, HistoryService history) {
    this.access = access;
    this.trail = trail;
    this.vault = vault;
    this.history = history;
  }

  /** The applicant's numbers in full; the JSON names are those of the application. */
  record FullPersonalData(String businessKey, String applicantIdNumber, String bankAccount) {
  }

  @GetMapping("/api/cases/{businessKey}/audit")
  List<AuditEvent> audit(@PathVariable String businessKey) {
    CaseRef c = visible(businessKey);
    if (!access.supervises(c)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "办理记录只供本案件所在县、市的督办人员查看");
    }
    return trail.of(businessKey);
  }

  @GetMapping(value = "/api/cases/{businessKey}/audit", produces = Pages.HTML)
  String auditPage(@PathVariable String businessKey) {
    List<List<String>> rows = audit(businessKey).stream().map(e -> List.of(Pages.escape(Pages.time(e.occurredAt())),
        Pages.escape(e.userId() == null ? "系统" : e.userId()), Pages.escape(e.action()), Pages.escape(e.detail())))
        .toList();
    String title = "办理记录 " + businessKey;
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1>"
        + Pages.table(List.of("时间", "办理人", "事项", "内容"), rows));
  }

  @GetMapping("/api/cases/{businessKey}/personal-data")
  ResponseEntity<FullPersonalData> personalData(@PathVariable String businessKey) {
    String caller = access.caller().map(Authentication::getUserId).orElse(null);
    Optional<CaseRef> found = access.visible(businessKey);
    if (found.isEmpty()) {
      // Probing for case numbers is recorded too, under the number tried.
      trail.record(caller, businessKey, null, REFUSED_UNKNOWN, null);
    }
    CaseRef c = found.orElseThrow(() -> notFound(businessKey));
    if (!access.worksOn(c)) {
      trail.record(caller, businessKey, c.countyCode(), REFUSED, null);
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "完整个人信息只供办理本案件的村（社区）、乡镇（街道）和县级人员查看");
    }
    String ref = applicantRef(c).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有登记个人信息"));
    FullPersonalData data = new FullPersonalData(businessKey, vault.revealIdNumber(ref), vault.revealBankAccount(ref));
    trail.record(caller, businessKey, c.countyCode(), VIEWED, null);
    // Full numbers must not stay in a browser's or proxy's cache.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(data);
  }

  private CaseRef visible(String businessKey) {
    return access.visible(businessKey).orElseThrow(() -> notFound(businessKey));
  }

  private static ResponseStatusException notFound(String businessKey) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有案件 " + businessKey);
  }

  private Optional<String> applicantRef(CaseRef c) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(c.processInstanceId())
        .variableName("applicantRef").listPage(0, 1).stream()
        .map(HistoricVariableInstance::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .findFirst();
  }
}
