package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankAccountNumberTest {

  @Test
  void acceptsTwelveToThirtyDigits() {
    assertThat(BankAccountNumber.problem("123456789012")).isEmpty();
    assertThat(BankAccountNumber.problem("1".repeat(30))).isEmpty();
  }

  @Test
  void acceptsNumbersTypedInGroups() {
    assertThat(BankAccountNumber.problem("6222 0212 3456 7893 445")).isEmpty();
    assertThat(BankAccountNumber.normalise("6222 0212\u30003456 7893 445")).isEqualTo("6222021234567893445");
  }

  @Test
  void rejectsWrongLengthOrNonDigits() {
    assertThat(BankAccountNumber.problem("12345678901")).contains("银行账号须为12至30位数字");
    assertThat(BankAccountNumber.problem("1".repeat(31))).contains("银行账号须为12至30位数字");
    assertThat(BankAccountNumber.problem("6222-0212-3456-7893")).contains("银行账号须为12至30位数字");
    assertThat(BankAccountNumber.problem("６２２２０２１２３４５６７８")).isPresent(); // full-width digits
    assertThat(BankAccountNumber.problem(null)).isPresent();
    assertThat(BankAccountNumber.problem("")).isPresent();
  }

  @Test
  void masksAllButFirstAndLastFourKeepingLength() {
    assertThat(BankAccountNumber.mask("6222021234567893445")).isEqualTo("6222***********3445");
    assertThat(BankAccountNumber.mask("6222 0212 3456 7893 445")).isEqualTo("6222***********3445");
    assertThat(BankAccountNumber.mask("123456789012")).isEqualTo("1234****9012");
  }

  @Test
  void refusesToMaskInvalidNumberWithoutEchoingIt() {
    assertThatThrownBy(() -> BankAccountNumber.mask("62220212"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("62220212");
  }
}
