package org.jiuzhu.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiuzhu.unemployed.P1Fixtures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Households as a step receives them (householdMembers as JSON text, one yuan variable per asset kind). */
public final class HouseholdFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HouseholdFixtures() {
  }

  public static Map<String, Object> member(String relation, String idNumber, String income) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("relation", relation);
    m.put("idNumber", idNumber);
    m.put("monthlyIncome", income);
    return m;
  }

  /**
   * The applicant (relation SELF) with the first income and one child with a fresh ID number per further income;
   * all assets as deposits.
   */
  public static Map<String, Object> figures(String applicantId, String deposits, String... incomes) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 0; i < incomes.length; i++) {
      members.add(member(i == 0 ? "SELF" : "CHILD", i == 0 ? applicantId : P1Fixtures.idNumber(), incomes[i]));
    }
    return figures(members, deposits);
  }

  public static Map<String, Object> figures(List<Map<String, Object>> members, String deposits) {
    Map<String, Object> v = new HashMap<>();
    v.put(HouseholdInput.MEMBERS, json(members));
    v.put("householdCash", "0");
    v.put("householdDeposits", deposits);
    v.put("householdSecurities", "0");
    v.put("householdClaims", "0");
    return v;
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
