package org.jiuzhu.expenditure;

import java.util.HashMap;
import java.util.Map;

import org.jiuzhu.unemployed.P1Fixtures;

/** Valid P3 applications for tests; ID numbers come from {@link P1Fixtures#idNumber()}, unique in the JVM. */
public final class P3Fixtures {

  public static final String KEY = P3Variables.PROCESS_KEY;
  public static final String TOWNSHIP_A = P1Fixtures.TOWNSHIP_A;
  public static final String VILLAGE_A = P1Fixtures.VILLAGE_A;
  public static final String COUNTY = "220102";
  /** The one person in the demo 低保 register. */
  public static final String IN_DIBAO = "220102197512034564";

  private P3Fixtures() {
  }

  public static Map<String, Object> application(String idNumber) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "李华");
    v.put("applicantIdNumber", idNumber);
    v.put("applicantPhone", "13800000001");
    v.put("townshipCode", TOWNSHIP_A);
    v.put("villageCode", VILLAGE_A);
    v.put("bankAccount", "6222020200" + idNumber.substring(8, 17));
    v.put("expenditureDescription", "配偶患重病住院，自付医疗费用约4万元，家庭无力承担");
    v.put("dibaoOrTekun", false);
    v.put("commitmentSigned", true);
    v.put("householdRegisterProvided", true);
    v.put("identityDocument", "ID_CARD");
    return v;
  }
}
