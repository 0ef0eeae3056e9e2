package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.personaldata.BankAccountNumber;
import org.jiuzhu.personaldata.ResidentIdNumber;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The materials of a P1 application (吉民发〔2020〕40号 二(二)2): checks every rule and reports all broken ones
 * together, so the applicant is told everything missing at once.
 */
public class ApplicationMaterials {

  public static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
  static final int MIN_WITNESSES = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, Optional<OrgUnit>> orgUnits;

  public ApplicationMaterials(Function<String, Optional<OrgUnit>> orgUnits) {
    this.orgUnits = orgUnits;
  }

  /** 居民身份证 or 居住证, the identity paper that comes with the 户口簿 (二(二)2(2)). */
  static final Set<String> IDENTITY_DOCUMENTS = Set.of("ID_CARD", "RESIDENCE_PERMIT");

  /** A well-formed application: the values as they will be kept, witnesses as JSON text. */
  public record Checked(String applicantName, String idNumber, String phone, OrgUnit township, OrgUnit village,
      String bankAccount, String witnessesJson, long monthsWithoutIncome, boolean coveredByInsurance,
      String identityDocument) {
  }

  /**
   * The applicant's part every procedure shares (name, ID number, phone, township, village inside it, own
   * account), under the same variable names; the values are null where a problem was added.
   */
  public record Applicant(String name, String idNumber, String phone, OrgUnit township, OrgUnit village,
      String bankAccount) {
  }

  public Applicant applicant(Map<String, Object> v, List<Problem> problems) {
    String name = Values.text(v.get(APPLICANT_NAME), APPLICANT_NAME, 50, problems);
    String idNumber = personalNumber(v.get(APPLICANT_ID_NUMBER), APPLICANT_ID_NUMBER, problems, true);
    String phone = Values.text(v.get(APPLICANT_PHONE), APPLICANT_PHONE, 20, problems);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new Problem(APPLICANT_PHONE, "须为11位手机号或带区号的固定电话"));
    }
    OrgUnit township = unit(v.get(TOWNSHIP_CODE), TOWNSHIP_CODE, OrgLevel.TOWNSHIP, "乡镇（街道）", problems);
    OrgUnit village = unit(v.get(VILLAGE_CODE), VILLAGE_CODE, OrgLevel.VILLAGE, "村（社区）", problems);
    if (township != null && village != null && !township.code().equals(village.parentCode())) {
      problems.add(new Problem(VILLAGE_CODE, "该村（社区）不属于受理的乡镇（街道）" + township.name()));
    }
    String account = personalNumber(v.get(BANK_ACCOUNT), BANK_ACCOUNT, problems, false);
    return new Applicant(name, idNumber, phone, township, village, account);
  }

  public Checked check(Map<String, Object> v, List<Problem> problems) {
    Applicant applicant = applicant(v, problems);
    Values.text(v.get(HARDSHIP), HARDSHIP, 2000, problems);
    Values.text(v.get(EMPLOYER_NAME), EMPLOYER_NAME, 100, problems);
    Values.text(v.get(EMPLOYER_ADDRESS), EMPLOYER_ADDRESS, 200, problems);
    Values.text(v.get(JOB_TITLE), JOB_TITLE, 50, problems);
    String witnesses = witnesses(v.get(WITNESSES), problems);
    Long months = Values.wholeNumber(v.get(MONTHS_WITHOUT_INCOME), MONTHS_WITHOUT_INCOME, problems);
    if (months != null && months < 0) {
      problems.add(new Problem(MONTHS_WITHOUT_INCOME, "不能为负数"));
    }
    Boolean covered = Values.bool(v.get(COVERED_BY_INSURANCE), COVERED_BY_INSURANCE, problems);
    String identityDocument = identityPapers(v, problems);
    Boolean signed = Values.bool(v.get(COMMITMENT_SIGNED), COMMITMENT_SIGNED, problems);
    if (Boolean.FALSE.equals(signed)) {
      problems.add(new Problem(COMMITMENT_SIGNED, "须签署个人承诺授权书"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Checked(applicant.name(), applicant.idNumber(), applicant.phone(), applicant.township(),
        applicant.village(), applicant.bankAccount(), witnesses, months, covered, identityDocument);
  }

  /**
   * 户口簿、居民身份证或居住证 (二(二)2(2)): the 户口簿 must have been handed in, and with it a 居民身份证 or a 居住证.
   * Returns which of the two, or null with the problems recorded. An application that states neither (the
   * contract's P1 start, an online portal's) leaves the papers to the village's verification; the Tasklist
   * forms require both.
   */
  public static String identityPapers(Map<String, Object> v, List<Problem> problems) {
    if (v.get(HOUSEHOLD_REGISTER_PROVIDED) == null && v.get(IDENTITY_DOCUMENT) == null) {
      return null;
    }
    Boolean register = Values.bool(v.get(HOUSEHOLD_REGISTER_PROVIDED), HOUSEHOLD_REGISTER_PROVIDED, problems);
    if (Boolean.FALSE.equals(register)) {
      problems.add(new Problem(HOUSEHOLD_REGISTER_PROVIDED, "须提交户口簿"));
    }
    Object document = v.get(IDENTITY_DOCUMENT);
    if (document == null || "".equals(document)) {
      problems.add(new Problem(IDENTITY_DOCUMENT, "须提交居民身份证或居住证"));
      return null;
    }
    if (!IDENTITY_DOCUMENTS.contains(document)) {
      problems.add(new Problem(IDENTITY_DOCUMENT, "须为 ID_CARD（居民身份证）或 RESIDENCE_PERMIT（居住证）"));
      return null;
    }
    return (String) document;
  }

  public static String personalNumber(Object value, String field, List<Problem> problems, boolean idNumber) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(new Problem(field, "必填"));
      return null;
    }
    Optional<String> problem = idNumber ? ResidentIdNumber.problem(s) : BankAccountNumber.problem(s);
    if (problem.isPresent()) {
      problems.add(new Problem(field, problem.get()));
      return null;
    }
    return idNumber ? ResidentIdNumber.normalise(s) : BankAccountNumber.normalise(s);
  }

  public OrgUnit unit(Object value, String field, OrgLevel level, String what, List<Problem> problems) {
    if (!(value instanceof String code) || !code.matches("\\d{" + level.codeLength() + "}")) {
      problems.add(new Problem(field, "须为" + level.codeLength() + "位" + what + "代码"));
      return null;
    }
    Optional<OrgUnit> unit = orgUnits.apply(code).filter(u -> u.level() == level);
    if (unit.isEmpty()) {
      problems.add(new Problem(field, "未登记的" + what + "代码 " + code));
    }
    return unit.orElse(null);
  }

  /** At least two witnesses from the employer, each with a name and a phone (二(二)2(1)). */
  private static String witnesses(Object value, List<Problem> problems) {
    List<Witness> list = new ArrayList<>();
    JsonNode node = Values.json(value);
    if (value != null && node == null) {
      problems.add(new Problem(WITNESSES, "须为证明人列表（JSON数组，如 [{\"name\":…,\"phone\":…}]）"));
      return null;
    }
    if (node != null && node.isArray()) {
      for (JsonNode w : node) {
        String name = w.path("name").asText("").strip();
        String phone = w.path("phone").asText("").strip();
        if (name.isEmpty() || !PHONE.matcher(phone).matches()) {
          problems.add(new Problem(WITNESSES, "每名证明人须填写姓名和有效联系电话"));
          return null;
        }
        list.add(new Witness(name, phone));
      }
    }
    if (list.stream().map(Witness::phone).distinct().count() < list.size()) {
      problems.add(new Problem(WITNESSES, "证明人不能重复（同一联系电话只算一人）"));
      return null;
    }
    if (list.size() < MIN_WITNESSES) {
      problems.add(new Problem(WITNESSES, "须提供工作单位" + MIN_WITNESSES + "名以上证明人及联系方式"));
      return null;
    }
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
