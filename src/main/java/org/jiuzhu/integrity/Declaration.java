package org.jiuzhu.integrity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one start, step or message of a model accepts from outside: its declared fields, nothing else. The
 * model is the single place this is written (camunda properties {@code field} on the element), so a new
 * procedure only adds declarations.
 *
 * @param what the element's name, for messages (e.g. 乡镇（街道）复核)
 */
public record Declaration(String what, Map<String, Field> fields) {

  public static final Declaration NOTHING = new Declaration("", Map.of());

  static final String UNDECLARED = "本环节不能填写此项";
  static final String UNSUPPORTED = "类型不受支持（只接受文字、数字、是否、日期文字或JSON）";

  public Declaration {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Declaration of(String what, List<Field> fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    fields.forEach(field -> {
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException(what + " 重复声明字段 " + field.name());
      }
    });
    return new Declaration(what, byName);
  }

  /**
   * Checks what a caller sends: every declared field against its type and bounds, every other name refused,
   * except a value the caller only sends back unchanged (a form displaying case facts), which is dropped.
   *
   * @param existing the value the case holds now for a name (null for none; at a start, always null)
   * @return the variables to pass on: the declared ones
   */
  public Map<String, Object> admit(Map<String, ?> submitted, Function<String, Object> existing, List<Problem> problems) {
    Map<String, Object> admitted = new LinkedHashMap<>();
    if (submitted == null) {
      return admitted;
    }
    for (String name : submitted.keySet()) {
      Object value = plain(submitted, name);
      Field field = fields.get(name);
      if (value == Unsupported.VALUE) {
        problems.add(new Problem(name, UNSUPPORTED));
      } else if (field != null) {
        field.problem(value).ifPresent(rule -> problems.add(new Problem(name, rule)));
        admitted.put(name, submitted.get(name));
      } else if (!same(existing.apply(name), value)) {
        problems.add(new Problem(name, UNDECLARED));
      }
    }
    return admitted;
  }

  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  private enum Unsupported { VALUE }

  /** The value as the rules read it; serialized objects, files and bytes are never taken from outside. */
  private static Object plain(Map<String, ?> variables, String name) {
    Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return "json".equals(serializable.getType().getName()) ? serializable.getValueSerialized() : Unsupported.VALUE;
    }
    if (value instanceof TypedValue typedValue) {
      value = typedValue.getValue();
    }
    boolean readable = value == null || value instanceof String || value instanceof Boolean || value instanceof Number
        || value instanceof SpinJsonNode || value instanceof java.util.Date || value instanceof List<?>
        || value instanceof Map<?, ?>;
    return readable ? value : Unsupported.VALUE;
  }

  /** Whether a value sent back is the one the case holds, whichever type the form chose for it. */
  static boolean same(Object held, Object sent) {
    if (sent == null || "".equals(sent)) {
      return held == null || "".equals(held);
    }
    if (held == null) {
      return false;
    }
    if (Objects.equals(held, sent) || String.valueOf(held).equals(String.valueOf(sent))) {
      return true;
    }
    BigDecimal a = Field.number(held);
    BigDecimal b = Field.number(sent);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    JsonNode heldJson = Values.json(held);
    return heldJson != null && heldJson.equals(Values.json(sent));
  }



  /** Each declared name with its label (中文名称), so people are told of fields by the names on their forms. */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    fields.values().forEach(field -> labels.put(field.name(), field.label()));
    return labels;
  }

  /** The declared names, for messages and the contract. */
  public List<String> names() {
    return new ArrayList<>(fields.keySet());
  }
}
