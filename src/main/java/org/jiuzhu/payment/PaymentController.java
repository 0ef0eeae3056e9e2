package org.jiuzhu.payment;

import java.util.List;

import org.jiuzhu.authority.CaseAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/payments?businessKey=… (contract): the payments of one case, one element per installment. */
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
}
