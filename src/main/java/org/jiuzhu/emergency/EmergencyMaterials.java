package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.unemployed.ApplicationMaterials;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

/**
 * The materials of a P2 request for emergency assistance. Assist first: no income, property or household
 * checks, so only what identifies the person, the place of the emergency and the account to pay is required.
 * Every broken rule is reported together.
 */
public class EmergencyMaterials {

  /** 救助对象类别: none declared, 低保, 特困, 建档立卡贫困户. */
  static final Set<String> CATEGORIES = Set.of("NONE", "DIBAO", "TEKUN", "POOR", "MONITORED");

  // The P1 rules for names, ID numbers, phones and units are the same rules here.
  private final ApplicationMaterials common;

  public EmergencyMaterials(Function<String, Optional<OrgUnit>> orgUnits) {
    this.common = new ApplicationMaterials(orgUnits);
  }

  public record Checked(String applicantName, String idNumber, String phone, OrgUnit township, String bankAccount,
      String emergencyDescription, boolean epidemic, String recipientCategory) {
  }

  public Checked check(Map<String, Object> v, List<Problem> problems) {
    String name = Values.text(v.get(APPLICANT_NAME), APPLICANT_NAME, 50, problems);
    String idNumber = ApplicationMaterials.personalNumber(v.get(APPLICANT_ID_NUMBER), APPLICANT_ID_NUMBER, problems,
        true);
    String phone = Values.text(v.get(APPLICANT_PHONE), APPLICANT_PHONE, 20, problems);
    if (phone != null && !ApplicationMaterials.PHONE.matcher(phone).matches()) {
      problems.add(new Problem(APPLICANT_PHONE, "须为11位手机号或带区号的固定电话"));
    }
    // The township where the emergency happened acts, wherever the person's household is registered.
    OrgUnit township = common.unit(v.get(TOWNSHIP_CODE), TOWNSHIP_CODE, OrgLevel.TOWNSHIP, "乡镇（街道）", problems);
    String account = ApplicationMaterials.personalNumber(v.get(BANK_ACCOUNT), BANK_ACCOUNT, problems, false);
    String emergency = Values.text(v.get(EMERGENCY), EMERGENCY, 2000, problems);
    Boolean epidemic = v.get(EPIDEMIC) == null ? Boolean.FALSE : Values.bool(v.get(EPIDEMIC), EPIDEMIC, problems);
    String category = category(v.get(RECIPIENT_CATEGORY), problems);
    Boolean signed = Values.bool(v.get(COMMITMENT_SIGNED), COMMITMENT_SIGNED, problems);
    if (Boolean.FALSE.equals(signed)) {
      problems.add(new Problem(COMMITMENT_SIGNED, "须签署个人承诺授权书"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Checked(name, idNumber, phone, township, account, emergency, epidemic, category);
  }

  private static String category(Object value, List<Problem> problems) {
    if (value == null || "".equals(value)) {
      return "NONE";
    }
    if (!(value instanceof String s) || !CATEGORIES.contains(s)) {
      problems.add(new Problem(RECIPIENT_CATEGORY, "须为 NONE（无）、DIBAO（低保）、TEKUN（特困）、POOR（建档立卡贫困人口）或 MONITORED（脱贫人口、监测对象）"));
      return null;
    }
    return s;
  }
}
