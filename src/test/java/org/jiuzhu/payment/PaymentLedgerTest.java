package org.jiuzhu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PaymentLedgerTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

  @Autowired
  PaymentLedger ledger;

  @Test
  void payingTheSameInstallmentTwiceRecordsItOnce() {
    String businessKey = randomBusinessKey();
    String applicantRef = UUID.randomUUID().toString();

    assertThat(ledger.isPaid(businessKey, 1)).isFalse();
    assertThat(ledger.pay(businessKey, 1, new BigDecimal("800"), applicantRef, AT)).isTrue();
    assertThat(ledger.pay(businessKey, 1, new BigDecimal("900"), applicantRef, AT.plusSeconds(60))).isFalse();

    assertThat(ledger.isPaid(businessKey, 1)).isTrue();
    List<Payment> payments = ledger.of(businessKey);
    assertThat(payments).singleElement().satisfies(p -> {
      assertThat(p.businessKey()).isEqualTo(businessKey);
      assertThat(p.installment()).isEqualTo(1);
      assertThat(p.amount()).isEqualTo(new BigDecimal("800.00"));
      assertThat(p.status()).isEqualTo(Payment.PAID);
      assertThat(p.paidAt().toInstant()).isEqualTo(AT);
    });
  }

  @Test
  void refusesAmountsThatAreNotPositiveYuanAndFen() {
    String businessKey = randomBusinessKey();
    String applicantRef = UUID.randomUUID().toString();

    for (String amount : List.of("0", "0.00", "-1", "-0.01", "100.005", "0.001")) {
      assertThatThrownBy(() -> ledger.pay(businessKey, 1, new BigDecimal(amount), applicantRef, AT))
          .as(amount)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(amount);
    }
    assertThat(ledger.of(businessKey)).isEmpty();
    assertThat(ledger.isPaid(businessKey, 1)).isFalse();
    assertThat(ledger.pay(businessKey, 1, new BigDecimal("0.01"), applicantRef, AT)).isTrue();
    // Trailing zeros are not extra precision: 1.500 yuan is 1.50.
    String other = randomBusinessKey();
    assertThat(ledger.pay(other, 1, new BigDecimal("1.500"), applicantRef, AT)).isTrue();
    assertThat(ledger.of(other).get(0).amount()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void listsTheInstallmentsOfACaseInOrderInYuanAndFen() {
    String businessKey = randomBusinessKey();
    String other = randomBusinessKey();
    String applicantRef = UUID.randomUUID().toString();
    ledger.pay(businessKey, 3, new BigDecimal("300"), applicantRef, AT.plusSeconds(3));
    ledger.pay(businessKey, 1, new BigDecimal("100.5"), applicantRef, AT.plusSeconds(1));
    ledger.pay(other, 1, new BigDecimal("999"), applicantRef, AT);
    ledger.pay(businessKey, 2, new BigDecimal("200.25"), applicantRef, AT.plusSeconds(2));

    List<Payment> payments = ledger.of(businessKey);

    assertThat(payments).extracting(Payment::installment).containsExactly(1, 2, 3);
    assertThat(payments).extracting(p -> p.amount().toPlainString()).containsExactly("100.50", "200.25", "300.00");
    assertThat(payments).allSatisfy(p -> {
      assertThat(p.amount().scale()).isEqualTo(2);
      assertThat(p.businessKey()).isEqualTo(businessKey);
    });
    assertThat(payments).extracting(p -> p.paidAt().toInstant())
        .containsExactly(AT.plusSeconds(1), AT.plusSeconds(2), AT.plusSeconds(3));
    assertThat(ledger.of(randomBusinessKey())).isEmpty();
  }

  private static String randomBusinessKey() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }
}
