package org.jiuzhu.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a household from what a step receives: {@code householdMembers}, a JSON list (the models' {@code list}
 * type) of {@code {"relation", "idNumber", "monthlyIncome", "worksAway", "disabilityGrade", "disabilityKind",
 * "seriousIllness"}}, and one yuan variable per asset kind. Every problem names its field and member, counted
 * from 1 as on the form ({@code householdMembers[2].idNumber}); a form's unused member lines (no relation, ID
 * number or income) are skipped.
 */
public final class HouseholdInput {

  public static final String MEMBERS = "householdMembers";
  static final int MAX_INCOME_DIGITS = 9;

  private HouseholdInput() {
  }

  /**
   * @param isApplicant whether a clear ID number is the applicant's, who must be the one member with relation SELF
   * @return null when a problem was added
   */
  public static Household read(Map<String, Object> variables, Predicate<String> isApplicant, List<Problem> problems) {
    return read(variables, isApplicant, id -> Optional.empty(), problems);
  }

  /**
   * @param personProblem what is wrong with a member as a person (a clear, valid ID number in), such as an
   *                      enrolment elsewhere; named on the member's idNumber
   * @return null when a problem was added
   */
  public static Household read(Map<String, Object> variables, Predicate<String> isApplicant,
      Function<String, Optional<String>> personProblem, List<Problem> problems) {
    int before = problems.size();
    List<Member> members = members(variables.get(MEMBERS), isApplicant, personProblem, problems);
    Map<AssetKind, BigDecimal> assets = new EnumMap<>(AssetKind.class);
    for (AssetKind kind : AssetKind.values()) {
      BigDecimal amount = amount(variables.get(kind.variable()), kind.variable(), problems);
      if (amount != null) {
        assets.put(kind, amount);
      }
    }
    return problems.size() > before ? null : new Household(members, assets);
  }

  private static List<Member> members(Object value, Predicate<String> isApplicant,
      Function<String, Optional<String>> personProblem, List<Problem> problems) {
    JsonNode list = list(value);
    if (list == null) {
      problems.add(new Problem(MEMBERS, value == null ? "必填（家庭成员列表）" : "须为家庭成员列表（JSON数组）"));
      return List.of();
    }
    List<Member> members = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean applicantFound = false;
    int line = 0;
    for (JsonNode item : list) {
      line++;
      if (!item.isObject()) {
        problems.add(new Problem(field(line, null), "须为一名成员（对象）"));
        continue;
      }
      if (unused(item)) {
        continue;
      }
      List<Problem> own = new ArrayList<>();
      Relation relation = choice(item, "relation", Relation.class, line, true, own);
      String id = idNumber(item, line, own);
      BigDecimal income = amount(text(item, "monthlyIncome"), field(line, "monthlyIncome"), own);
      Boolean away = flag(item, "worksAway", line, own);
      Boolean ill = flag(item, "seriousIllness", line, own);
      Integer grade = grade(item, line, own);
      DisabilityKind kind = choice(item, "disabilityKind", DisabilityKind.class, line, false, own);
      if ((grade == null) != (kind == null) && own.stream().noneMatch(p -> p.field().contains(".disability"))) {
        own.add(new Problem(field(line, grade == null ? "disabilityGrade" : "disabilityKind"), "残疾等级和类别须同时填写"));
      }
      if (id != null && !ids.add(id)) {
        own.add(new Problem(field(line, "idNumber"), "与前面的成员重复"));
      } else if (id != null && relation != null && relation == Relation.SELF != isApplicant.test(id)) {
        own.add(new Problem(field(line, relation == Relation.SELF ? "idNumber" : "relation"),
            relation == Relation.SELF ? "关系为本人的成员须为申请人本人" : "申请人本人的关系须为本人（SELF）"));
      }
      if (id != null && own.isEmpty()) {
        String at = field(line, "idNumber");
        personProblem.apply(id).ifPresent(problem -> own.add(new Problem(at, problem)));
      }
      applicantFound |= relation == Relation.SELF;
      problems.addAll(own);
      if (own.isEmpty()) {
        members.add(new Member(relation, id, income, away, grade, kind, ill));
      }
    }
    if (!applicantFound) {
      problems.add(new Problem(MEMBERS, "须包含申请人本人（关系为本人）"));
    }
    return members;
  }

  private static JsonNode list(Object value) {
    JsonNode node = Values.json(value);
    return node != null && node.isArray() ? node : null;
  }

  private static boolean unused(JsonNode item) {
    return text(item, "relation") == null && text(item, "idNumber") == null && text(item, "monthlyIncome") == null;
  }

  private static String field(int line, String name) {
    return MEMBERS + "[" + line + "]" + (name == null ? "" : "." + name);
  }

  /** The value as text, null when absent, null or blank. */
  private static String text(JsonNode item, String name) {
    JsonNode v = item.get(name);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String idNumber(JsonNode item, int line, List<Problem> problems) {
    String id = text(item, "idNumber");
    Optional<String> problem = ResidentIdNumber.problem(id);
    if (problem.isPresent()) {
      problems.add(new Problem(field(line, "idNumber"), problem.get()));
      return null;
    }
    return ResidentIdNumber.normalise(id);
  }

  private static <E extends Enum<E>> E choice(JsonNode item, String name, Class<E> type, int line, boolean required,
      List<Problem> problems) {
    String v = text(item, name);
    if (v == null) {
      if (required) {
        problems.add(new Problem(field(line, name), "必填"));
      }
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name());
    }
    problems.add(new Problem(field(line, name), "须为 " + String.join("、", allowed) + " 之一"));
    return null;
  }

  /** Unset is no: a form's unticked box may send nothing. */
  private static Boolean flag(JsonNode item, String name, int line, List<Problem> problems) {
    String v = text(item, name);
    if (v == null || "false".equals(v)) {
      return false;
    }
    if ("true".equals(v)) {
      return true;
    }
    problems.add(new Problem(field(line, name), "须为是或否（true/false）"));
    return null;
  }

  private static Integer grade(JsonNode item, int line, List<Problem> problems) {
    String v = text(item, "disabilityGrade");
    if (v == null) {
      return null;
    }
    if (!v.matches("[1-4]")) {
      problems.add(new Problem(field(line, "disabilityGrade"), "残疾等级须为1至4级"));
      return null;
    }
    return Integer.valueOf(v);
  }

  /** Yuan, not negative, at most two decimals. */
  static BigDecimal amount(Object value, String field, List<Problem> problems) {
    BigDecimal amount;
    try {
      amount = value instanceof BigDecimal d ? d
          : value instanceof Number n ? new BigDecimal(n.toString())
          : value instanceof String s && !s.isBlank() ? new BigDecimal(s.strip()) : null;
    } catch (NumberFormatException notANumber) {
      problems.add(new Problem(field, "须为金额（元）"));
      return null;
    }
    if (amount == null) {
      problems.add(new Problem(field, "必填（没有的填0）"));
      return null;
    }
    if (amount.signum() < 0) {
      problems.add(new Problem(field, "不能为负数"));
      return null;
    }
    if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > MAX_INCOME_DIGITS) {
      problems.add(new Problem(field, "须为最多两位小数、不超过" + MAX_INCOME_DIGITS + "位整数的金额（元）"));
      return null;
    }
    return amount.setScale(2);
  }
}
