package org.jiuzhu.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * 居民身份证号码 (18-digit resident ID number, GB 11643-1999).
 * Messages never echo the number: they may end up in logs or HTTP responses.
 */
public final class ResidentIdNumber {

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  // Birth dates are Chinese calendar days, whatever zone the server runs in.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  // STRICT with 'uuuu' rejects 30 February instead of rounding it to the month's end.
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private ResidentIdNumber() {
  }

  /** Empty when the number is valid, else which rule it breaks, in Chinese. */
  public static Optional<String> problem(String value) {
    return problem(value, LocalDate.now(CHINA));
  }

  static Optional<String> problem(String value, LocalDate today) {
    String id = normalise(value);
    if (id == null || id.isEmpty()) {
      return Optional.of("身份证号不能为空");
    }
    if (id.length() != LENGTH) {
      return Optional.of("身份证号须为18位");
    }
    if (!id.matches("[0-9]{17}[0-9X]")) {
      return Optional.of("身份证号前17位须为数字，末位须为数字或X");
    }
    Optional<String> dateProblem = birthDateProblem(id.substring(6, 14), today);
    if (dateProblem.isPresent()) {
      return dateProblem;
    }
    if (id.charAt(17) != checkChar(id)) {
      return Optional.of("身份证号校验位不正确（GB 11643-1999）");
    }
    return Optional.empty();
  }

  /** Trims and upper-cases a trailing x; null stays null. */
  public static String normalise(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  /** The birth date (digits 7–14) of a valid number. */
  public static LocalDate birthDate(String value) {
    return LocalDate.parse(normalise(value).substring(6, 14), BIRTH_DATE);
  }

  /** First 6 and last 4 characters kept, e.g. {@code 220102********1234}. */
  public static String mask(String value) {
    String id = normalise(value);
    if (id == null || id.length() != LENGTH) {
      throw new IllegalArgumentException("身份证号须为18位，无法脱敏");
    }
    return id.substring(0, 6) + "********" + id.substring(14);
  }

  private static Optional<String> birthDateProblem(String digits, LocalDate today) {
    LocalDate birth;
    try {
      birth = LocalDate.parse(digits, BIRTH_DATE);
    } catch (DateTimeException e) {
      return Optional.of("身份证号中的出生日期无效");
    }
    if (birth.isAfter(today)) {
      return Optional.of("身份证号中的出生日期无效：晚于今天");
    }
    if (birth.isBefore(EARLIEST_BIRTH)) {
      return Optional.of("身份证号中的出生日期无效：早于1900年");
    }
    return Optional.empty();
  }

  // ISO 7064 MOD 11-2 as specified by GB 11643-1999.
  private static char checkChar(String id) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }
}
