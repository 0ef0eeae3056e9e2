package org.jiuzhu.integrity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.validation.Values;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One variable a start, a step or a message takes from outside, as a model declares it in a camunda property
 * {@code field}: {@code name | type and bounds | 中文名称}, for example {@code approvedAmount | yuan 0.01..20000 | 救助金额}.
 * Types: {@code text N} (one line), {@code memo N} (line breaks allowed), {@code boolean}, {@code integer A..B},
 * {@code yuan A..B}, {@code date A..B} (days from today), {@code choice X,Y,Z}, {@code list A..B} (JSON array of
 * objects), {@code idnumber}, {@code account}, {@code phone}, {@code code N} (N digits). A value that is absent or
 * empty is not checked here: which fields a step needs is the step's own rule.
 */
public record Field(String name, String type, String label, Check check) {

  /** The rule of one type: a problem with the value, in Chinese, or none. */
  @FunctionalInterface
  public interface Check {
    Optional<String> problem(Object value);
  }

  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");
  private static final Pattern RANGE = Pattern.compile("(-?[0-9.]+)\\.\\.(-?[0-9.]+)");
  // Any control character, and also the invisible ones that reorder or hide text (bidi overrides, zero width).
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile(
      "[\\p{Cc}&&[^\\n\\r\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-][0-9:]+)?)?");
  private static final int LIST_ITEM_TEXT = 200;

  /** Parses {@code name | type | label}; a declaration that cannot be read fails the deployment. */
  public static Field parse(String declaration) {
    String[] parts = declaration.split("\\|");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("字段声明须为 “名称 | 类型 | 中文名称”：" + declaration);
    }
    String name = parts[0].strip();
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("字段名称不合规：" + declaration);
    }
    String type = parts[1].strip().replaceAll("\\s+", " ");
    String label = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : name;
    return new Field(name, type, label, checkOf(type, declaration));
  }

  public Optional<String> problem(Object value) {
    if (value == null || value instanceof String s && s.isEmpty()) {
      return Optional.empty();
    }
    return check.problem(value);
  }

  private static Check checkOf(String type, String declaration) {
    String[] words = type.split(" ", 2);
    String args = words.length > 1 ? words[1] : "";
    return switch (words[0]) {
      case "text" -> text(positive(args, declaration), CONTROL);
      case "memo" -> text(positive(args, declaration), CONTROL_BUT_LINES);
      case "boolean" -> value -> value instanceof Boolean || "true".equals(value) || "false".equals(value)
          ? Optional.empty() : Optional.of("须为是或否");
      case "integer" -> integer(range(args, declaration));
      case "yuan" -> yuan(range(args, declaration));
      case "date" -> date(range(args, declaration));
      case "choice" -> choice(List.of(args.split(",")).stream().map(String::strip).toList());
      case "list" -> list(range(args, declaration));
      case "idnumber" -> value -> value instanceof String s ? ResidentIdNumber.problem(s) : Optional.of("须为文字");
      case "account" -> value -> value instanceof String s ? BankAccountNumber.problem(s) : Optional.of("须为文字");
      case "phone" -> value -> value instanceof String s && PHONE.matcher(s.strip()).matches() ? Optional.empty()
          : Optional.of("须为11位手机号或带区号的固定电话");
      case "code" -> code(positive(args, declaration));
      default -> throw new IllegalArgumentException("未知的字段类型 “" + words[0] + "”：" + declaration);
    };
  }

  private static Check text(int max, Pattern forbidden) {
    return value -> {
      if (!(value instanceof String s)) {
        return Optional.of("须为文字");
      }
      if (s.strip().length() > max) {
        return Optional.of("不能超过" + max + "个字");
      }
      return forbidden.matcher(s).find() ? Optional.of("含有不可见的控制字符") : Optional.empty();
    };
  }

  private static Check integer(BigDecimal[] range) {
    return value -> {
      BigDecimal number = number(value);
      if (number == null || number.stripTrailingZeros().scale() > 0) {
        return Optional.of("须为整数");
      }
      return within(number, range);
    };
  }

  private static Check yuan(BigDecimal[] range) {
    return value -> {
      BigDecimal number = number(value);
      if (number == null) {
        return Optional.of("须为金额（元）");
      }
      if (number.stripTrailingZeros().scale() > 2) {
        return Optional.of("金额最多保留两位小数（分）");
      }
      return within(number, range).map(problem -> problem + "元");
    };
  }

  private static Check date(BigDecimal[] days) {
    return value -> {
      LocalDate date;
      try {
        // form-js date fields send yyyy-MM-dd; a date-time is read as its day.
        date = value instanceof String s && DATE.matcher(s.strip()).matches()
            ? LocalDate.parse(s.strip().substring(0, 10)) : null;
      } catch (DateTimeParseException notADate) {
        date = null;
      }
      if (date == null) {
        return Optional.of("须为日期（yyyy-MM-dd）");
      }
      LocalDate today = ChinaClock.today();
      LocalDate from = today.plusDays(days[0].longValue());
      LocalDate to = today.plusDays(days[1].longValue());
      return date.isBefore(from) || date.isAfter(to)
          ? Optional.of("须在" + from + "至" + to + "之间") : Optional.empty();
    };
  }

  private static Check choice(List<String> allowed) {
    return value -> allowed.contains(value) ? Optional.empty() : Optional.of("须为 " + String.join("、", allowed) + " 之一");
  }

  private static Check code(int digits) {
    return value -> value instanceof String s && s.matches("\\d{" + digits + "}") ? Optional.empty()
        : Optional.of("须为" + digits + "位数字代码");
  }

  /** A JSON array of flat objects of short texts (a String holding JSON, a Json variable or a list from Java). */
  private static Check list(BigDecimal[] range) {
    return value -> {
      JsonNode node = Values.json(value);
      if (node == null || !node.isArray()) {
        return Optional.of("须为列表（JSON数组）");
      }
      for (JsonNode item : node) {
        if (!item.isObject()) {
          return Optional.of("列表的每一项须为对象");
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) item::fields) {
          JsonNode v = entry.getValue();
          if (!v.isValueNode() || v.asText().length() > LIST_ITEM_TEXT || CONTROL.matcher(v.asText()).find()) {
            return Optional.of("列表项 " + entry.getKey() + " 须为不超过" + LIST_ITEM_TEXT + "字的文字");
          }
        }
      }
      return within(BigDecimal.valueOf(node.size()), range).map(problem -> "项数" + problem);
    };
  }

  /** A number sent as a number or as text, exactly; null when it is none. */
  static BigDecimal number(Object value) {
    try {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      return value instanceof String s ? new BigDecimal(s.strip()) : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static Optional<String> within(BigDecimal number, BigDecimal[] range) {
    if (number.compareTo(range[0]) < 0 || number.compareTo(range[1]) > 0) {
      return Optional.of("须在" + range[0].toPlainString() + "至" + range[1].toPlainString() + "之间");
    }
    return Optional.empty();
  }

  private static BigDecimal[] range(String args, String declaration) {
    Matcher m = RANGE.matcher(args.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("须写明取值范围 “最小..最大”：" + declaration);
    }
    return new BigDecimal[] {new BigDecimal(m.group(1)), new BigDecimal(m.group(2))};
  }

  private static int positive(String args, String declaration) {
    if (!args.strip().matches("[1-9]\\d{0,5}")) {
      throw new IllegalArgumentException("须写明最大长度：" + declaration);
    }
    return Integer.parseInt(args.strip());
  }

  @Override
  public String toString() {
    return name + " | " + type + " | " + label;
  }
}
