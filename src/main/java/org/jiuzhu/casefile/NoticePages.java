package org.jiuzhu.casefile;

import java.nio.charset.StandardCharsets;

import org.jiuzhu.notices.PrintedNotice;
import org.jiuzhu.pages.Pages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printed notice as a browser page (with its PDF linked) and as a PDF answer. */
final class NoticePages {

  private NoticePages() {
  }

  static String page(PrintedNotice notice, String pdfPath) {
    StringBuilder body = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="UTF-8"><title>%1$s %2$s</title>
        <style>body{font-family:serif;max-width:40em;margin:3em auto;line-height:2}h1{text-align:center}
        .sign{text-align:right;margin-top:4em}@media print{button,a{display:none}}</style></head>
        <body><button onclick="window.print()">打印</button> <a href="%3$s">下载 PDF</a>
        <h1>%1$s</h1>
        <p>案件编号：%2$s</p>
        """.formatted(Pages.escape(notice.title()), Pages.escape(notice.caseNumber()), Pages.escape(pdfPath)));
    if (notice.addressee() != null) {
      body.append("<p>").append(Pages.escape(notice.addressee())).append("：</p>\n");
    }
    notice.body().stream().filter(PrintedNotice.Paragraph.class::isInstance).map(PrintedNotice.Paragraph.class::cast)
        .forEach(p -> body.append("<p>").append(Pages.escape(p.text())).append("</p>\n"));
    return body.append("<p class=\"sign\">").append(Pages.escape(notice.unitName())).append("<br>")
        .append(Pages.escape(notice.dateText())).append("</p>\n</body></html>\n").toString();
  }

  /**
   * A PDF to save and print. Downloaded rather than shown: the /api answers' content policy (no plugins, no
   * framing) leaves Chrome's built-in viewer blank.
   */
  static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(pdf);
  }
}
