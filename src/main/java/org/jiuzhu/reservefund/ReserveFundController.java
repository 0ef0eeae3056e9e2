package org.jiuzhu.reservefund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.pages.Pages;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /api/reserve-funds/{townshipCode}: the balance and the latest entries, for the township, its county and
 * the county's supervisors. POST …/top-ups {"amount": "5000.00", "note": "…"}: the county keeps the fund, so
 * only members of county-&lt;its county&gt; (or camunda-admin) may top it up.
 */
@RestController
class ReserveFundController {

  static final int ENTRIES_SHOWN = 200;

  record ReserveFund(String townshipCode, String townshipName, String countyCode, BigDecimal balance,
      List<ReserveFundEntry> entries) {
  }

  private final ReserveFunds funds;
  private final OrgUnits orgUnits;
  private final CaseAccess caseAccess;

  ReserveFundController(ReserveFunds funds, OrgUnits orgUnits, CaseAccess caseAccess) {
    this.funds = funds;
    this.orgUnits = orgUnits;
    this.caseAccess = caseAccess;
  }

  @GetMapping("/api/reserve-funds/{townshipCode}")
  ReserveFund fund(@PathVariable String townshipCode) {
    OrgUnit township = township(townshipCode);
    String county = township.countyCode();
    allow(List.of(OrgLevel.TOWNSHIP.groupOf(townshipCode), OrgLevel.COUNTY.groupOf(county), "supervisor-" + county));
    return view(township);
  }

  @GetMapping(value = "/api/reserve-funds/{townshipCode}", produces = Pages.HTML)
  String page(@PathVariable String townshipCode) {
    ReserveFund fund = fund(townshipCode);
    List<List<String>> rows = fund.entries().stream().map(e -> List.of(Pages.escape(Pages.time(e.recordedAt())),
        Pages.escape(ReserveFundEntry.TOP_UP.equals(e.kind()) ? "补充" : "发放"), Pages.escape(Pages.yuan(e.amount())),
        Pages.escape(Pages.yuan(e.balanceAfter())), Pages.escape(e.businessKey()), Pages.escape(e.recordedBy()),
        Pages.escape(e.note()))).toList();
    String title = fund.townshipName() + "临时救助备用金";
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1><p>当前余额：<strong>"
        + Pages.escape(Pages.yuan(fund.balance())) + "</strong></p><h2>最近" + ENTRIES_SHOWN + "笔收支</h2>"
        + Pages.table(List.of("时间", "类别", "金额", "余额", "案件编号", "经办人", "说明"), rows));
  }

  @PostMapping("/api/reserve-funds/{townshipCode}/top-ups")
  @Transactional
  ResponseEntity<ReserveFund> topUp(@PathVariable String townshipCode, @RequestBody(required = false) Map<String, Object> body) {
    OrgUnit township = township(townshipCode);
    String user = allow(List.of(OrgLevel.COUNTY.groupOf(township.countyCode())));
    Map<String, Object> request = body == null ? Map.of() : body;
    List<Problem> problems = new ArrayList<>();
    BigDecimal amount = ReserveFundAmounts.topUp(request.get("amount"), "amount", problems);
    String note = ReserveFundAmounts.note(request.get("note"), "note", problems);
    InvalidInputException.throwIfAny("补充备用金", problems);
    funds.topUp(townshipCode, amount, user, note, ChinaClock.now());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(township));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> badInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidInputException", "message", e.getMessage(),
        "problems", e.problems()));
  }

  private ReserveFund view(OrgUnit township) {
    return new ReserveFund(township.code(), township.name(), township.countyCode(), funds.balance(township.code()),
        funds.entries(township.code(), ENTRIES_SHOWN));
  }

  private OrgUnit township(String code) {
    return orgUnits.find(code).filter(u -> u.level() == OrgLevel.TOWNSHIP)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未登记的乡镇（街道）代码 " + code));
  }

  /** The caller's user id if they belong to one of the groups or are an admin; 403 otherwise. */
  private String allow(List<String> groups) {
    Authentication caller = caseAccess.caller()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (caseAccess.inAnyOrAdmin(caller, groups)) {
      return caller.getUserId();
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看或补充该乡镇（街道）的临时救助备用金");
  }
}
