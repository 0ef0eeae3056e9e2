package org.jiuzhu.payment;

import java.util.List;

import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.pages.Pages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/payments?businessKey=… (contract): the payments of one case, one element per installment; as JSON, and
 * as a Chinese page for a person's browser.
 */
@RestController
class PaymentController {

  private final PaymentLedger ledger;
  private final CaseAccess caseAccess;

  PaymentController(PaymentLedger ledger, CaseAccess caseAccess) {
    this.ledger = ledger;
    this.caseAccess = caseAccess;
  }

  /** Only for callers who may see the case; for anyone else the case has no payments to show. */
  @GetMapping("/api/payments")
  List<Payment> payments(@RequestParam String businessKey) {
    return caseAccess.visible(businessKey).map(c -> ledger.of(businessKey)).orElse(List.of());
  }

  @GetMapping(value = "/api/payments", produces = Pages.HTML)
  String page(@RequestParam String businessKey) {
    List<List<String>> rows = payments(businessKey).stream().map(p -> List.of(
        Pages.escape(p.period() != null ? p.period() + "月" : "第" + p.installment() + "期"), Pages.escape(Pages.yuan(p.amount())),
        Pages.escape(Payment.PAID.equals(p.status()) ? "已发放" : p.status()), Pages.escape(Pages.time(p.paidAt()))))
        .toList();
    String title = "救助金发放记录 " + businessKey;
    return Pages.page(title, "<h1>" + Pages.escape(title) + "</h1>"
        + Pages.table(List.of("期次", "金额", "状态", "发放时间"), rows));
  }
}
