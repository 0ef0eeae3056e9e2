package org.jiuzhu.unemployed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid P1 applications for tests, each person with an ID number no other test uses. */
public final class P1Fixtures {

  public static final String KEY = "temporary-assistance-unemployed";
  public static final String TOWNSHIP_A = "220102001";
  public static final String VILLAGE_A = "220102001001";
  public static final String TOWNSHIP_B = "220102002";
  public static final String VILLAGE_B = "220102002001";
  public static final String WITNESSES = "[{\"name\":\"李四\",\"phone\":\"13900000001\"},{\"name\":\"王五\",\"phone\":\"13900000002\"}]";

  private static final AtomicInteger NEXT_PERSON = new AtomicInteger((int) (System.nanoTime() % 5000));

  private P1Fixtures() {
  }

  /** A fresh, valid resident ID number (GB 11643-1999 check digit), distinct within the JVM. */
  public static String idNumber() {
    int n = NEXT_PERSON.incrementAndGet();
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n / 1000 * 3 + n % 7);
    String body = "220102" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  public static Map<String, Object> application(String idNumber) {
    return application(idNumber, TOWNSHIP_A, VILLAGE_A);
  }

  public static Map<String, Object> application(String idNumber, String township, String village) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "张三");
    v.put("applicantIdNumber", idNumber);
    v.put("applicantPhone", "13800000000");
    v.put("townshipCode", township);
    v.put("villageCode", village);
    v.put("bankAccount", "6222020200" + idNumber.substring(8, 17));
    v.put("hardshipDescription", "受疫情影响无法返岗，连续四个月无收入");
    v.put("employerName", "长春某制造公司");
    v.put("employerAddress", "长春市南关区某路1号");
    v.put("jobTitle", "装配工");
    v.put("witnesses", WITNESSES);
    v.put("monthsWithoutIncome", 4L);
    v.put("coveredByUnemploymentInsurance", false);
    v.put("commitmentSigned", true);
    v.put("householdRegisterProvided", true);
    v.put("identityDocument", "ID_CARD");
    return v;
  }
}
