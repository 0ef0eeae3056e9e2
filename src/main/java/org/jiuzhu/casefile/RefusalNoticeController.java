package org.jiuzhu.casefile;

import java.time.format.DateTimeFormatter;

import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/** The written refusal notice as a printable page, linked from the case (variable refusalNoticeUrl). */
@RestController
class RefusalNoticeController {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final RefusalNotices notices;
  private final OrgUnits orgUnits;
  private final CaseAccess caseAccess;

  RefusalNoticeController(RefusalNotices notices, OrgUnits orgUnits, CaseAccess caseAccess) {
    this.notices = notices;
    this.orgUnits = orgUnits;
    this.caseAccess = caseAccess;
  }

  static String path(String businessKey) {
    return "/api/cases/" + businessKey + "/refusal-notice";
  }

  @GetMapping(value = "/api/cases/{businessKey}/refusal-notice", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String notice(@PathVariable String businessKey) {
    RefusalNotice notice = caseAccess.visible(businessKey).flatMap(c -> notices.find(businessKey))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有不予救助告知书"));
    String township = orgUnits.find(notice.townshipCode()).map(OrgUnit::name).orElse(notice.townshipCode());
    return """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="UTF-8"><title>不予救助告知书 %1$s</title>
        <style>body{font-family:serif;max-width:40em;margin:3em auto;line-height:2}h1{text-align:center}
        .sign{text-align:right;margin-top:4em}@media print{button{display:none}}</style></head>
        <body><button onclick="window.print()">打印</button>
        <h1>不予救助书面告知书</h1>
        <p>案件编号：%1$s</p>
        <p>%2$s：</p>
        <p>您申请的临时救助，经调查核实和审核，决定不予救助。理由如下：</p>
        <p>%3$s</p>
        <p>如对本决定有异议，可向%4$s或县级民政部门反映。</p>
        <p class="sign">%4$s<br>%5$s</p>
        </body></html>
        """.formatted(HtmlUtils.htmlEscape(businessKey), HtmlUtils.htmlEscape(notice.applicantName()),
        HtmlUtils.htmlEscape(notice.reason()), HtmlUtils.htmlEscape(township),
        notice.issuedAt().atZoneSameInstant(ChinaClock.ZONE).format(DATE));
  }
}
