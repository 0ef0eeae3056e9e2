package org.jiuzhu.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.pages.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A county's or city's monthly report, as CSV for Excel and as a printable page: for that unit's staff
 * ({@code county-}/{@code city-}), its supervisors (a county's also its city's) and admins.
 */
@RestController
class MonthlyReportController {

  static final List<String> HEADINGS = List.of("统计月份", "单位代码", "单位名称", "救助类别", "受理件数", "给予救助件数",
      "不予救助件数", "发放金额（元）", "平均每环节用时（工作日）", "逾期环节数");

  static final Map<String, String> PROCEDURE_NAMES = Map.of(
      "temporary-assistance-unemployed", "未参保失业人员临时救助",
      "emergency-assistance", "急难型临时救助",
      "expenditure-assistance", "支出型临时救助",
      "dibao-application", "低保、特困申请",
      "dibao-fast-track", "低保、特困申请（疫情期间特事特办）");

  // Excel takes a CSV without it for the local code page (GBK on Chinese Windows) and garbles every name.
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final MonthlyReports reports;
  private final OrgUnits units;
  private final CaseAccess access;

  MonthlyReportController(MonthlyReports reports, OrgUnits units, CaseAccess access) {
    this.reports = reports;
    this.units = units;
    this.access = access;
  }

  @GetMapping("/api/reports/{code}/{month:\\d{4}-\\d{2}}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String month) {
    OrgUnit unit = readable(code);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(UTF8_BOM);
    StringBuilder text = new StringBuilder(String.join(",", HEADINGS)).append("\r\n");
    for (List<String> row : rows(unit, month)) {
      text.append(String.join(",", row.stream().map(MonthlyReportController::csvCell).toList())).append("\r\n");
    }
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + code + "-" + month + ".csv\"")
        .body(out.toByteArray());
  }

  @GetMapping(value = "/api/reports/{code}/{month:\\d{4}-\\d{2}}", produces = Pages.HTML)
  String page(@PathVariable String code, @PathVariable String month) {
    OrgUnit unit = readable(code);
    List<List<String>> cells = rows(unit, month).stream()
        .map(row -> row.subList(3, row.size()).stream().map(Pages::escape).toList()).toList();
    String title = unit.name() + " " + month.replace("-", "年") + "月 社会救助统计";
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1><p>单位代码 " + Pages.escape(unit.code())
        + "　" + Pages.link("/api/reports/" + code + "/" + month + ".csv", "下载CSV（Excel）") + "</p>"
        + Pages.table(HEADINGS.subList(3, HEADINGS.size()), cells));
  }

  private List<List<String>> rows(OrgUnit unit, String month) {
    YearMonth ym = YearMonth.parse(month);
    List<List<String>> rows = new ArrayList<>();
    for (MonthlyReports.Line l : reports.of(unit.code(), ym)) {
      rows.add(List.of(month, unit.code(), unit.name(), PROCEDURE_NAMES.getOrDefault(l.procedureKey(), l.procedureKey()),
          Long.toString(l.received()), Long.toString(l.granted()), Long.toString(l.refused()),
          l.amountPaid().toPlainString(), l.averageStepWorkingDays() == null ? "" : l.averageStepWorkingDays().toPlainString(),
          Long.toString(l.overdueSteps())));
    }
    return rows;
  }

  private OrgUnit readable(String code) {
    OrgUnit unit = units.find(code).filter(u -> u.level() == OrgLevel.COUNTY || u.level() == OrgLevel.CITY)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有县（市、区）或市 " + code));
    String city = code.substring(0, 4);
    List<String> readers = unit.level() == OrgLevel.CITY
        ? List.of("city-" + city, "supervisor-" + city, CaseAccess.ADMIN_GROUP)
        : List.of("county-" + code, "supervisor-" + code, "supervisor-" + city, CaseAccess.ADMIN_GROUP);
    boolean allowed = access.caller().map(a -> access.groupsOf(a).stream().anyMatch(readers::contains)).orElse(false);
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "月度报表只供本县（市、区）或本市的工作人员、督办人员和管理员查看");
    }
    return unit;
  }

  /** Quoted when needed; a leading formula sign is defused so Excel shows a name rather than running it. */
  static String csvCell(String value) {
    String v = value.matches("^[=+\\-@].*") && !value.matches("^-?\\d+(\\.\\d+)?$") ? "'" + value : value;
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
