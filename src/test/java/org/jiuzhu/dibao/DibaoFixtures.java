package org.jiuzhu.dibao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiuzhu.household.HouseholdFixtures;
import org.jiuzhu.unemployed.P1Fixtures;

/** Valid 低保、特困 applications for tests; every person has an ID number no other test uses. */
public final class DibaoFixtures {

  static final String KEY = DibaoVariables.PROCESS_KEY;
  static final String TOWNSHIP_A = P1Fixtures.TOWNSHIP_A;
  static final String VILLAGE_A = P1Fixtures.VILLAGE_A;
  static final String COUNTY = "220102";
  private static final AtomicInteger NEXT_CHILD = new AtomicInteger((int) (System.nanoTime() % 900));

  private DibaoFixtures() {
  }

  /** A valid ID number of someone born on that day. */
  public static String bornOn(LocalDate born) {
    String body = "220102" + born.toString().replace("-", "") + String.format("%03d", NEXT_CHILD.incrementAndGet() % 1000);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  public static Map<String, Object> member(String relation, String idNumber, String income) {
    return HouseholdFixtures.member(relation, idNumber, income);
  }

  /**
   * An application whose household is the applicant (first ID, relation SELF) and the others as children,
   * with these monthly incomes; no assets.
   */
  public static Map<String, Object> application(String type, List<String> ids, String... incomes) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      members.add(member(i == 0 ? "SELF" : "CHILD", ids.get(i), incomes[i]));
    }
    return application(type, members);
  }

  public static Map<String, Object> application(String type, List<Map<String, Object>> members) {
    String applicant = (String) members.get(0).get("idNumber");
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "赵秀兰");
    v.put("applicantIdNumber", applicant);
    v.put("applicantPhone", "13800000002");
    v.put("townshipCode", TOWNSHIP_A);
    v.put("villageCode", VILLAGE_A);
    v.put("bankAccount", "6222020200" + applicant.substring(8, 17));
    v.put("assistanceType", type);
    v.put("residence", "URBAN");
    v.put("householdMembers", json(members));
    v.put("householdCash", "0");
    v.put("householdDeposits", "0");
    v.put("householdSecurities", "0");
    v.put("householdClaims", "0");
    v.put("commitmentSigned", true);
    return v;
  }

  public static String json(Object value) {
    return HouseholdFixtures.json(value);
  }
}
