package org.jiuzhu.pages;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The plain Chinese pages of /api that staff open in their browser (payments, audit trail, reserve fund, their
 * cases, errors): one look, no script (the Content-Security-Policy of /api allows inline style only), every value
 * escaped. API clients asking for JSON get JSON from the same addresses.
 */
public final class Pages {

  /** What the page handlers produce; a browser names it in its Accept header, API clients do not. */
  public static final String HTML = "text/html;charset=UTF-8";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
      + "color:#222;line-height:1.6}table{border-collapse:collapse;width:100%;margin:1em 0}"
      + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f3f3f3}"
      + ".num{text-align:right}.refused{color:#b00}.muted{color:#777}nav{margin-bottom:1em}";

  private Pages() {
  }

  /** Whether the caller is a browser asking for a page (it names text/html); API clients get JSON. */
  public static boolean wanted(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && MediaType.parseMediaTypes(accept).stream()
        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }

  /** A whole page; {@code body} is markup made with {@link #escape} for every value in it. */
  public static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
        + "</title><style>" + STYLE + "</style></head><body><nav><a href=\"/camunda/app/tasklist/\">返回任务列表</a>"
        + "　<a href=\"/api/my-cases\">我经手的案件</a></nav>\n" + body + "\n</body></html>\n";
  }

  public static void write(HttpServletResponse response, HttpStatus status, String title, String body) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page(title, body));
  }

  public static String escape(Object value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), StandardCharsets.UTF_8.name());
  }

  /** A table; the cells are markup (escape values, or use {@link #link}). */
  public static String table(List<String> headings, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return "<p class=\"muted\">暂无记录</p>";
    }
    return "<table><tr>" + headings.stream().map(h -> "<th>" + escape(h) + "</th>").collect(Collectors.joining())
        + "</tr>" + rows.stream().map(row -> "<tr>" + row.stream().map(cell -> "<td>" + cell + "</td>")
            .collect(Collectors.joining()) + "</tr>").collect(Collectors.joining()) + "</table>";
  }

  public static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }

  /** China time, to the minute, as staff read it. */
  public static String time(OffsetDateTime time) {
    return time == null ? "" : time.atZoneSameInstant(ChinaClock.ZONE).format(TIME);
  }

  public static String yuan(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
  }
}
