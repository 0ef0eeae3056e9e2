package org.jiuzhu.payment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/payments?businessKey=… (contract): the payments of one case, one element per installment. */
@RestController
class PaymentController {

  private final PaymentLedger ledger;

  PaymentController(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/api/payments")
  List<Payment> payments(@RequestParam String businessKey) {
    return ledger.of(businessKey);
  }
}
