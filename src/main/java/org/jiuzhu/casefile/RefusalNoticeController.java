package org.jiuzhu.casefile;

import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.notices.IssuingUnits;
import org.jiuzhu.notices.NoticePdf;
import org.jiuzhu.notices.NoticeTexts;
import org.jiuzhu.notices.PrintedNotice;
import org.jiuzhu.pages.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The written refusal notice, linked from the case (variable refusalNoticeUrl): a printable page, and the same
 * notice as PDF ({@code …/refusal-notice.pdf}) with its Chinese font embedded.
 */
@RestController
class RefusalNoticeController {

  private final RefusalNotices notices;
  private final IssuingUnits issuingUnits;
  private final CaseAccess caseAccess;

  RefusalNoticeController(RefusalNotices notices, IssuingUnits issuingUnits, CaseAccess caseAccess) {
    this.notices = notices;
    this.issuingUnits = issuingUnits;
    this.caseAccess = caseAccess;
  }

  static String path(String businessKey) {
    return "/api/cases/" + businessKey + "/refusal-notice";
  }

  @GetMapping(value = "/api/cases/{businessKey}/refusal-notice", produces = Pages.HTML)
  String notice(@PathVariable String businessKey) {
    return NoticePages.page(printed(businessKey), path(businessKey) + ".pdf");
  }

  @GetMapping("/api/cases/{businessKey}/refusal-notice.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String businessKey) {
    return NoticePages.pdf(NoticePdf.render(printed(businessKey)), "refusal-notice-" + businessKey);
  }

  private PrintedNotice printed(String businessKey) {
    CaseRef found = caseAccess.visible(businessKey).orElseThrow(() -> none(businessKey));
    RefusalNotice notice = notices.find(businessKey).orElseThrow(() -> none(businessKey));
    return NoticeTexts.refusal(businessKey, notice.applicantName(), notice.reason(),
        issuingUnits.of(notice.decidedBy(), found.countyCode()),
        notice.issuedAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate());
  }

  private static ResponseStatusException none(String businessKey) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有不予救助告知书");
  }
}
