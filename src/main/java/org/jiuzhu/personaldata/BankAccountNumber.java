package org.jiuzhu.personaldata;

import java.util.Optional;

/**
 * Bank account (card) number for paying out assistance.
 * Messages never echo the number: they may end up in logs or HTTP responses.
 */
public final class BankAccountNumber {

  private static final String FORMAT_PROBLEM = "银行账号须为12至30位数字";
  private static final int KEPT_AT_EACH_END = 4;

  private BankAccountNumber() {
  }

  /** Empty when the number is valid, else which rule it breaks, in Chinese. */
  public static Optional<String> problem(String value) {
    String account = normalise(value);
    if (account == null || !account.matches("[0-9]{12,30}")) {
      return Optional.of(FORMAT_PROBLEM);
    }
    return Optional.empty();
  }

  /**
   * Removes spaces, including the full-width space a Chinese input method types,
   * since numbers are often copied from cards printed in groups of four.
   */
  public static String normalise(String value) {
    return value == null ? null : value.replaceAll("[\\s\\u3000]", "");
  }

  /** First and last 4 digits kept, same length as the number, e.g. {@code 6222***********3445}. */
  public static String mask(String value) {
    if (problem(value).isPresent()) {
      throw new IllegalArgumentException(FORMAT_PROBLEM + "，无法脱敏");
    }
    String account = normalise(value);
    int hidden = account.length() - 2 * KEPT_AT_EACH_END;
    return account.substring(0, KEPT_AT_EACH_END)
        + "*".repeat(hidden)
        + account.substring(account.length() - KEPT_AT_EACH_END);
  }
}
