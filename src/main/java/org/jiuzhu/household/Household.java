package org.jiuzhu.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jiuzhu.personaldata.ResidentIdNumber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 以家庭为单位: the members and the household's assets per kind. Amounts are yuan with two decimals; sums and
 * products are exact, and a comparison with a per-person limit multiplies the limit by the size rather than
 * dividing, so no rounding ever decides a case.
 */
public record Household(List<Member> members, Map<AssetKind, BigDecimal> assets) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Household {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a household has at least one member");
    }
    members = List.copyOf(members);
    Map<AssetKind, BigDecimal> all = new EnumMap<>(AssetKind.class);
    for (AssetKind kind : AssetKind.values()) {
      all.put(kind, assets.getOrDefault(kind, BigDecimal.ZERO).setScale(2));
    }
    assets = Map.copyOf(all);
  }

  public int size() {
    return members.size();
  }

  public BigDecimal totalMonthlyIncome() {
    return members.stream().map(Member::monthlyIncome).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
  }

  /** 家庭人均月收入, rounded to the fen for display; decisions use the exact total. */
  public BigDecimal perCapitaIncome() {
    return totalMonthlyIncome().divide(BigDecimal.valueOf(size()), 2, RoundingMode.HALF_UP);
  }

  public BigDecimal totalAssets() {
    return assets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
  }

  public BigDecimal assetsPerPerson() {
    return totalAssets().divide(BigDecimal.valueOf(size()), 2, RoundingMode.HALF_UP);
  }

  /**
   * 按差额据实核算 (002 §一(一)): (standard − per-capita income) × size, written as standard × size − total income
   * so it is exact to the fen; nothing when the income reaches the standard.
   */
  public BigDecimal plainBenefit(BigDecimal monthlyStandard) {
    BigDecimal gap = monthlyStandard.multiply(BigDecimal.valueOf(size())).subtract(totalMonthlyIncome());
    return gap.max(BigDecimal.ZERO).setScale(2);
  }

  /**
   * A household as a case keeps it ({@link #toJson}), for the checks after the application: each member's
   * {@code idNumber} holds the vault reference, never a clear number.
   */
  public static Household fromKept(String json) {
    try {
      JsonNode kept = JSON.readTree(json);
      List<Member> members = new ArrayList<>();
      for (JsonNode m : kept.get("members")) {
        members.add(new Member(Relation.valueOf(m.get("relation").asText()), m.get("idRef").asText(),
            new BigDecimal(m.get("monthlyIncome").asText()), m.get("worksAway").asBoolean(),
            m.get("disabilityGrade").isNull() ? null : m.get("disabilityGrade").asInt(),
            m.get("disabilityKind").isNull() ? null : DisabilityKind.valueOf(m.get("disabilityKind").asText()),
            m.get("seriousIllness").asBoolean()));
      }
      Map<AssetKind, BigDecimal> assets = new EnumMap<>(AssetKind.class);
      kept.get("assets").fields().forEachRemaining(e -> assets.put(AssetKind.valueOf(e.getKey()),
          new BigDecimal(e.getValue().asText())));
      return new Household(members, assets);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a kept household is always JSON", e);
    }
  }

  /** The applicant's own line (relation SELF). */
  public Member applicant() {
    return members.stream().filter(m -> m.relation() == Relation.SELF).findFirst()
        .orElseThrow(() -> new IllegalStateException("a household read from an application has the applicant"));
  }

  /**
   * The household as a case keeps it: each member's ID number replaced by its vault reference and the masked
   * number, so the engine never holds a clear one.
   *
   * @param vaultRefOf stores a clear ID number and answers its reference
   */
  public String toJson(Function<String, String> vaultRefOf) {
    List<Map<String, Object>> kept = new ArrayList<>();
    for (Member m : members) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("relation", m.relation().name());
      row.put("idRef", vaultRefOf.apply(m.idNumber()));
      row.put("idNumberMasked", ResidentIdNumber.mask(m.idNumber()));
      row.put("monthlyIncome", m.monthlyIncome().toPlainString());
      row.put("worksAway", m.worksAway());
      row.put("disabilityGrade", m.disabilityGrade());
      row.put("disabilityKind", m.disabilityKind() == null ? null : m.disabilityKind().name());
      row.put("seriousIllness", m.seriousIllness());
      kept.add(row);
    }
    Map<String, String> assetsKept = new LinkedHashMap<>();
    assets.forEach((kind, amount) -> assetsKept.put(kind.name(), amount.toPlainString()));
    try {
      return JSON.writeValueAsString(Map.of("members", kept, "assets", assetsKept));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a household of plain values is always JSON", e);
    }
  }
}
