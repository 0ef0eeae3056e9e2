package org.jiuzhu.installments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules a schedule must meet before an approval may fix it. Taken either as equal monthly installments
 * ({@value #COUNT} and {@value #FIRST_DATE}, as the Tasklist form sends them) or as an explicit list
 * ({@value #LIST}: JSON array of {@code {"payOn": "yyyy-MM-dd", "amount": "…"}}, which wins when given).
 * Every broken rule is reported, each naming its field.
 */
public class InstallmentRules {

  public static final String COUNT = "installmentCount";
  public static final String FIRST_DATE = "firstInstallmentDate";
  public static final String LIST = "installments";


  private final int maxInstallments;

  public InstallmentRules(int maxInstallments) {
    if (maxInstallments < 1) {
      throw new IllegalArgumentException("maximum number of installments must be at least 1, not " + maxInstallments);
    }
    this.maxInstallments = maxInstallments;
  }

  /**
   * @param total the approved total, already checked positive yuan and fen; null if it was not valid, so only
   *     the schedule's own rules are checked
   * @return the plan, or null when a problem was added
   */
  public InstallmentPlan plan(BigDecimal total, Object count, Object firstDate, Object list, LocalDate today,
      List<Problem> problems) {
    int before = problems.size();
    InstallmentPlan plan = isGiven(list) ? explicit(total, list, today, problems) : monthly(total, count, firstDate,
        today, problems);
    return problems.size() == before ? plan : null;
  }

  private InstallmentPlan monthly(BigDecimal total, Object countValue, Object firstValue, LocalDate today,
      List<Problem> problems) {
    Long count = Values.wholeNumber(countValue, COUNT, problems);
    if (count != null && (count < 1 || count > maxInstallments)) {
      problems.add(new Problem(COUNT, "分期次数须为1至" + maxInstallments + "次"));
      count = null;
    }
    LocalDate first = date(firstValue, FIRST_DATE, problems);
    if (first != null && first.isBefore(today)) {
      problems.add(new Problem(FIRST_DATE, "首次发放日期不能早于今天（" + today + "）"));
      first = null;
    } else if (first != null && first.isAfter(horizon(today))) {
      problems.add(new Problem(FIRST_DATE, "首次发放日期不能晚于" + horizon(today)));
      first = null;
    }
    if (total != null && count != null && total.movePointRight(2).longValueExact() < count) {
      problems.add(new Problem(COUNT, "每期金额至少0.01元，分期次数不能超过救助金额的分数"));
      return null;
    }
    return total == null || count == null || first == null ? null
        : InstallmentPlan.monthly(total, count.intValue(), first);
  }

  private InstallmentPlan explicit(BigDecimal total, Object value, LocalDate today, List<Problem> problems) {
    JsonNode array = Values.json(value);
    if (array == null || !array.isArray() || array.isEmpty()) {
      problems.add(new Problem(LIST, "须为分期列表（JSON数组，如 [{\"payOn\":\"2026-11-02\",\"amount\":\"500.00\"}]）"));
      return null;
    }
    if (array.size() > maxInstallments) {
      problems.add(new Problem(LIST, "分期次数不能超过" + maxInstallments + "次"));
      return null;
    }
    List<Installment> installments = new ArrayList<>();
    int before = problems.size();
    LocalDate previous = null;
    for (JsonNode node : array) {
      int number = installments.size() + 1;
      String field = LIST + "[" + number + "]";
      LocalDate payOn = date(node.path("payOn").isTextual() ? node.path("payOn").asText() : null,
          field + ".payOn", problems);
      JsonNode amountNode = node.path("amount");
      BigDecimal amount = Values.yuan(amountNode.isMissingNode() || amountNode.isNull() ? null : amountNode.asText(),
          field + ".amount", problems);
      if (amount != null && amount.signum() <= 0) {
        problems.add(new Problem(field + ".amount", "每期金额须大于0元"));
      }
      if (payOn != null && payOn.isBefore(today)) {
        problems.add(new Problem(field + ".payOn", "发放日期不能早于今天（" + today + "）"));
      } else if (payOn != null && payOn.isAfter(horizon(today))) {
        problems.add(new Problem(field + ".payOn", "发放日期不能晚于" + horizon(today)));
      } else if (payOn != null && previous != null && !payOn.isAfter(previous)) {
        problems.add(new Problem(field + ".payOn", "发放日期须晚于上一期（" + previous + "）"));
      }
      previous = payOn != null ? payOn : previous;
      installments.add(new Installment(number, payOn, amount));
    }
    if (problems.size() > before) {
      return null;
    }
    InstallmentPlan plan = new InstallmentPlan(installments);
    if (total != null && plan.total().compareTo(total) != 0) {
      problems.add(new Problem(LIST, "各期金额合计" + plan.total().toPlainString() + "元，须等于救助金额"
          + total.toPlainString() + "元"));
      return null;
    }
    return plan;
  }

  /** The latest date a plan may name: a mistyped year must not hide a payment years away. */
  private static LocalDate horizon(LocalDate today) {
    return today.plusYears(2);
  }

  private static LocalDate date(Object value, String field, List<Problem> problems) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(new Problem(field, "必填（日期，如 2026-11-02）"));
      return null;
    }
    try {
      // form-js date fields send yyyy-MM-dd; a date-time is read as its day.
      return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
    } catch (DateTimeParseException e) {
      problems.add(new Problem(field, "须为日期，格式如 2026-11-02"));
      return null;
    }
  }

  private static boolean isGiven(Object value) {
    return value != null && !(value instanceof String s && s.isBlank());
  }
}
