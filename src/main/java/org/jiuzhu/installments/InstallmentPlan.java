package org.jiuzhu.installments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * 一次审批、分次发放: the schedule one approval fixes. Built only through {@link InstallmentRules}, so a plan
 * that exists adds up to its total to the fen and pays on strictly later days.
 */
public record InstallmentPlan(List<Installment> installments) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public InstallmentPlan {
    installments = List.copyOf(installments);
  }

  public int count() {
    return installments.size();
  }

  public BigDecimal total() {
    return installments.stream().map(Installment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public Installment installment(int number) {
    return installments.get(number - 1);
  }

  /**
   * {@code count} monthly payments from {@code first} adding up exactly to {@code total}: the fen that do not
   * divide evenly go one each to the first installments, so no two amounts differ by more than one fen.
   */
  static InstallmentPlan monthly(BigDecimal total, int count, LocalDate first) {
    long fen = total.movePointRight(2).longValueExact();
    long each = fen / count;
    long remainder = fen % count;
    List<Installment> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // From the first day each time, so 31 January gives 28 February and then 31 March, not 28 March.
      BigDecimal amount = BigDecimal.valueOf(each + (i < remainder ? 1 : 0), 2);
      list.add(new Installment(i + 1, first.plusMonths(i), amount));
    }
    return new InstallmentPlan(list);
  }

  /** JSON array {@code [{"number":1,"payOn":"2026-11-02","amount":"500.00"}, …]}, kept as a Spin JSON variable. */
  public String toJson() {
    ArrayNode array = JSON.createArrayNode();
    for (Installment i : installments) {
      array.addObject().put("number", i.number()).put("payOn", i.payOn().toString())
          .put("amount", i.amount().toPlainString());
    }
    return array.toString();
  }

  /** Reads what {@link #toJson} wrote (trusted: it was checked when the plan was made). */
  public static InstallmentPlan fromJson(String json) {
    try {
      List<Installment> list = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        list.add(new Installment(node.get("number").asInt(), LocalDate.parse(node.get("payOn").asText()),
            new BigDecimal(node.get("amount").asText()).setScale(2)));
      }
      return new InstallmentPlan(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("installment plan is not the JSON this system writes", e);
    }
  }
}
