package org.jiuzhu.emergency;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;

/** Valid P2 requests for tests, and townships of their own so reserve-fund balances are no other test's. */
public final class P2Fixtures {

  public static final String KEY = "emergency-assistance";
  public static final String COUNTY = "220102";

  private P2Fixtures() {
  }

  public static Map<String, Object> request(String idNumber, String townshipCode) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "李四");
    v.put("applicantIdNumber", idNumber);
    v.put("applicantPhone", "13800000001");
    v.put("townshipCode", townshipCode);
    v.put("bankAccount", "6222020300" + idNumber.substring(8, 17));
    v.put("emergencyDescription", "住房失火，家中财物全部烧毁，暂无住处和生活来源");
    v.put("commitmentSigned", true);
    return v;
  }

  /** A township of the demo county (南关区) that no test used before: its reserve fund starts empty. */
  public static String freshTownship(OrgUnits orgUnits) {
    while (true) {
      String code = COUNTY + ThreadLocalRandom.current().nextInt(100, 1000);
      if (orgUnits.find(code).isEmpty()) {
        orgUnits.ensure(new OrgUnit(code, "测试街道" + code.substring(6), OrgLevel.TOWNSHIP, COUNTY));
        return code;
      }
    }
  }
}
