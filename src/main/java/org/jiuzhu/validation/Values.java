package org.jiuzhu.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads variables that arrive from forms, REST clients or Java in whichever type they chose (Long or
 * Integer, Boolean or "true", 800 or "800.00") and records a problem instead of guessing.
 */
public final class Values {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {
  }

  /**
   * A JSON value as a tree, whichever way it came: a String holding JSON, a Json variable, or a list or map from
   * Java. Null for no value or for text that is no JSON.
   */
  public static JsonNode json(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JSON.readTree(value instanceof String s ? s
          : value instanceof SpinJsonNode spin ? spin.toString() : JSON.writeValueAsString(value));
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  public static String text(Object value, String field, int maxLength, List<Problem> problems) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(new Problem(field, "必填"));
      return null;
    }
    if (s.strip().length() > maxLength) {
      problems.add(new Problem(field, "不能超过" + maxLength + "个字"));
      return null;
    }
    return s.strip();
  }

  public static Boolean bool(Object value, String field, List<Problem> problems) {
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf((String) value);
    }
    problems.add(new Problem(field, value == null ? "必填（是或否）" : "须为是或否（true/false）"));
    return null;
  }

  public static Long wholeNumber(Object value, String field, List<Problem> problems) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    if (value instanceof String s && s.strip().matches("\\d{1,9}")) {
      return Long.valueOf(s.strip());
    }
    problems.add(new Problem(field, value == null ? "必填" : "须为整数"));
    return null;
  }

  /** Yuan with at most two decimals, taken exactly: a Double is read through its decimal text, never as binary. */
  public static BigDecimal yuan(Object value, String field, List<Problem> problems) {
    BigDecimal amount = null;
    try {
      if (value instanceof BigDecimal d) {
        amount = d;
      } else if (value instanceof Number n) {
        amount = new BigDecimal(n.toString());
      } else if (value instanceof String s && !s.isBlank()) {
        amount = new BigDecimal(s.strip());
      }
    } catch (NumberFormatException notANumber) {
      amount = null;
    }
    if (amount == null) {
      problems.add(new Problem(field, value == null ? "必填" : "须为金额（元）"));
      return null;
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      problems.add(new Problem(field, "金额最多保留两位小数（分）"));
      return null;
    }
    return amount.setScale(2);
  }

  /** A day as forms send it (yyyy-MM-dd; a date-time is read as its day). */
  public static LocalDate date(Object value, String field, List<Problem> problems) {
    if (value instanceof String s && s.strip().length() >= 10) {
      try {
        return LocalDate.parse(s.strip().substring(0, 10));
      } catch (DateTimeParseException notADate) {
        // reported below
      }
    }
    problems.add(new Problem(field, value == null ? "必填" : "须为日期（yyyy-MM-dd）"));
    return null;
  }
}
