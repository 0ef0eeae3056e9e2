package org.jiuzhu.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.emergency.P2Fixtures;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.notices.PdfText;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** The printed notices over HTTP, as the units on a case fetch them, and refused to everyone else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrintedNoticesRestTest {

  private static final String TODAY = PrintedDate.today();

  @LocalServerPort int port;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;
  @Autowired ReserveFunds funds;
  RestCalls rest;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
  }

  @Test
  void aTownshipRefusalPrintsInItsNameWithTheRemediesAndOnlyForTheCasesUnits() throws Exception {
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("monthsWithoutIncome", 1L);
    String businessKey = start("clerk1", P1Fixtures.KEY, application).get("businessKey").asText();

    String text = pdf("clerk1", "/api/cases/" + businessKey + "/refusal-notice.pdf");

    assertThat(text).contains("不予救助告知书", "案件编号：" + businessKey, "连续无收入来源不满3个月",
        "可以自收到本告知书之日起六十日内向南关区人民政府申请行政复议", "六个月内依法向人民法院提起行政诉讼",
        "幸福街道办事处", TODAY);
    HttpResponse<String> page = rest.as("reviewer1", "GET", "/api/cases/" + businessKey + "/refusal-notice", null);
    assertThat(page.body()).contains("六十日内向南关区人民政府申请行政复议", "幸福街道办事处",
        "/api/cases/" + businessKey + "/refusal-notice.pdf");
    assertThat(rest.bytes("clerk2", "GET", "/api/cases/" + businessKey + "/refusal-notice.pdf", null, null).statusCode())
        .isEqualTo(404);
    assertThat(rest.bytes("reviewer2", "GET", "/api/cases/" + businessKey + "/refusal-notice.pdf", null, null).statusCode())
        .isEqualTo(404);
    assertThat(rest.bytes(null, "GET", "/api/cases/" + businessKey + "/refusal-notice.pdf", null, null).statusCode())
        .isEqualTo(401);
    assertThat(rest.bytes("clerk1", "GET", "/api/cases/" + businessKey + "/approval-notice.pdf", null, null).statusCode())
        .as("a refused case has no approval notice").isEqualTo(404);
  }

  @Test
  void aCountyRefusalIsInTheCountysName() throws Exception {
    String businessKey = start("reviewer1", P2Fixtures.KEY,
        P2Fixtures.request(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_A)).get("businessKey").asText();
    complete("reviewer1", businessKey, "Task_SetAmountInTownship",
        Map.of("townshipApproved", true, "townshipOpinion", "情况严重", "urgency", "CRITICAL", "approvedAmount", "3000"));
    complete("officer1", businessKey, "Task_ApproveInCounty",
        Map.of("countyApproved", false, "countyOpinion", "已获商业保险赔付，不属于急难情形"));

    String text = pdf("officer1", "/api/cases/" + businessKey + "/refusal-notice.pdf");

    assertThat(text).contains("案件编号：" + businessKey, "已获商业保险赔付", "本机关决定不予救助", "南关区民政局",
        "六十日内向南关区人民政府申请行政复议", TODAY).doesNotContain("幸福街道办事处");
  }

  @Test
  void aGrantedCaseHasItsApprovalNoticeWithAmountAndMaskedAccount() throws Exception {
    JsonNode started = start("clerk1", P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String businessKey = started.get("businessKey").asText();
    complete("clerk1", businessKey, "Task_VerifyInVillage", Map.of("villageVerified", true, "villageOpinion", "属实"));
    assertThat(rest.bytes("reviewer1", "GET", "/api/cases/" + businessKey + "/approval-notice.pdf", null, null)
        .statusCode()).as("not decided yet").isEqualTo(404);
    complete("reviewer1", businessKey, "Task_ReviewInTownship",
        Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800));

    String text = pdf("reviewer1", "/api/cases/" + businessKey + "/approval-notice.pdf");

    assertThat(text).contains("救助决定通知书", "案件编号：" + businessKey, "未参保失业人员临时救助申请",
        "本机关决定给予救助，救助金额为人民币800.00元。", "幸福街道办事处", TODAY).containsPattern("救助金将发放至您本人的账户（\\d+\\*+\\d+）");
    assertThat(rest.bytes("clerk2", "GET", "/api/cases/" + businessKey + "/approval-notice.pdf", null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDibaoEnrolmentHasItsApprovalNoticeWithTheMonthlyBenefitAndARefusedOneHasNone() throws Exception {
    String businessKey = start("clerk1", "dibao-application", DibaoFixtures.application("DIBAO",
        List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber()), "300", "0")).get("businessKey").asText();
    String today = ChinaClock.today().toString();
    complete("clerk1", businessKey, "Task_InvestigateHousehold", Map.of("investigationMethod", "VISIT",
        "investigators", "王秀英", "investigationDate", today, "villageVerified", true, "villageOpinion", "入户核实属实"));
    complete("reviewer1", businessKey, "Task_CheckFamilyEconomy", Map.of("economicCheckPassed", true,
        "economicCheckOpinion", "属实"));
    complete("reviewer1", businessKey, "Task_ReviewInTownship", Map.of("townshipApproved", true, "townshipOpinion", "同意"));
    complete("reviewer1", businessKey, "Task_PostPublicNotice", Map.of("noticeContent", "拟纳入低保",
        "noticePlace", "幸福社区公示栏", "noticeFrom", today, "noticeTo", ChinaClock.today().plusDays(6).toString(),
        "noticePostedBy", "李明"));
    String path = "/api/cases/" + businessKey + "/approval-notice.pdf";
    assertThat(rest.bytes("reviewer1", "GET", path, null, null).statusCode()).as("in its 公示, not enrolled yet")
        .isEqualTo(404);
    JsonNode timer = ok(rest.as("demo", "GET", "/engine-rest/job?processInstanceBusinessKey=" + businessKey
        + "&activityId=Event_PublicNoticeEnded", null));
    assertThat(rest.as("demo", "POST", "/engine-rest/job/" + timer.get(0).get("id").asText() + "/execute", null)
        .statusCode()).isEqualTo(204);
    String benefit = ok(rest.as("demo", "GET", "/engine-rest/history/variable-instance?processInstanceBusinessKey="
        + businessKey + "&variableName=monthlyBenefit", null)).get(0).get("value").asText();

    String text = pdf("reviewer1", path);

    assertThat(text).contains("救助决定通知书", "案件编号：" + businessKey, "您提出的最低生活保障申请",
        "本机关决定纳入最低生活保障，保障人数2人，自" + ChinaClock.today().getYear() + "年"
            + ChinaClock.today().getMonthValue() + "月起按月发放最低生活保障金，每月人民币"
            + new BigDecimal(benefit).setScale(2).toPlainString() + "元。", "幸福街道办事处", TODAY)
        .doesNotContain("南关区民政局");
    assertThat(pdf("clerk1", path)).contains(businessKey);
    for (String other : new String[] {"clerk2", "reviewer2"}) {
      assertThat(rest.bytes(other, "GET", path, null, null).statusCode()).as(other).isEqualTo(404);
    }

    String refused = start("clerk1", "dibao-application", DibaoFixtures.application("DIBAO",
        List.of(P1Fixtures.idNumber()), "300")).get("businessKey").asText();
    complete("clerk1", refused, "Task_InvestigateHousehold", Map.of("investigationMethod", "VISIT",
        "investigators", "王秀英", "investigationDate", today, "villageVerified", false, "villageOpinion", "申报情况不实"));
    assertThat(rest.bytes("reviewer1", "GET", "/api/cases/" + refused + "/refusal-notice.pdf", null, null).statusCode())
        .isEqualTo(200);
    assertThat(rest.bytes("reviewer1", "GET", "/api/cases/" + refused + "/approval-notice.pdf", null, null).statusCode())
        .as("a refused enrolment has no approval notice").isEqualTo(404);
  }

  @Test
  void aDirectGrantToAConfirmedPatientIsInTheTownshipsNameAndSaysItWasDirect() throws Exception {
    String id = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.DIBAO, "22", P2Fixtures.COUNTY,
        LocalDate.of(2025, 1, 1), null));
    funds.topUp(P1Fixtures.TOWNSHIP_A, new BigDecimal("600.00"), "test", "测试补充", Instant.now());
    Map<String, Object> request = P2Fixtures.request(id, P1Fixtures.TOWNSHIP_A);
    request.put("epidemic", true);
    request.put("recipientCategory", "DIBAO");
    String businessKey = start("reviewer1", P2Fixtures.KEY, request).get("businessKey").asText();
    String path = "/api/cases/" + businessKey + "/approval-notice.pdf";
    assertThat(rest.bytes("reviewer1", "GET", path, null, null).statusCode()).as("no amount yet").isEqualTo(404);
    complete("reviewer1", businessKey, "Task_SetAmountInTownship", Map.of("townshipApproved", true,
        "townshipOpinion", "确诊患者，直接救助", "urgency", "SERIOUS", "approvedAmount", "600.00"));

    String text = pdf("reviewer1", path);

    assertThat(text).contains("救助决定通知书", "案件编号：" + businessKey, "您为新冠肺炎确诊患者",
        "本机关直接给予临时救助，救助金额为人民币600.00元。", "幸福街道办事处", TODAY)
        .containsPattern("救助金将发放至您本人的账户（\\d+\\*+\\d+）");
    for (String other : new String[] {"clerk2", "reviewer2"}) {
      assertThat(rest.bytes(other, "GET", path, null, null).statusCode()).as(other).isEqualTo(404);
    }
  }

  @Test
  void aTownshipsPublicNoticeListsTheCasesInTheirNoticePeriod() throws Exception {
    Map<String, Object> application = P3Fixtures.application(P1Fixtures.idNumber());
    String businessKey = start("clerk1", P3Fixtures.KEY, application).get("businessKey").asText();
    complete("clerk1", businessKey, "Task_VerifyInVillage", Map.of("villageVerified", true, "villageOpinion", "属实"));
    complete("reviewer1", businessKey, "Task_CheckFamilyEconomy",
        Map.of("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete("reviewer1", businessKey, "Task_ReviewInTownship", Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "1000", "installmentCount", 1L, "firstInstallmentDate", ChinaClock.today().plusMonths(1).toString()));
    complete("reviewer1", businessKey, "Task_PostPublicNotice", Map.of("noticeContent", "拟给予支出型临时救助1000元",
        "noticePlace", "幸福社区公示栏", "noticeFrom", ChinaClock.today().toString(),
        "noticeTo", ChinaClock.today().plusDays(7).toString(), "noticePostedBy", "李明"));

    String text = pdf("reviewer1", "/api/townships/" + P1Fixtures.TOWNSHIP_A + "/public-notice.pdf");

    assertThat(text).contains("幸福街道社会救助公示", businessKey, (String) application.get("applicantName"), "支出型临时救助",
        "1000.00", TODAY + "至" + PrintedDate.of(ChinaClock.today().plusDays(7)), "幸福街道办事处");
    assertThat(pdf("clerk1", "/api/townships/" + P1Fixtures.TOWNSHIP_A + "/public-notice.pdf")).contains(businessKey);
    HttpResponse<byte[]> otherTownship = rest.bytes("reviewer2", "GET",
        "/api/townships/" + P1Fixtures.TOWNSHIP_A + "/public-notice.pdf", null, null);
    assertThat(otherTownship.statusCode()).isEqualTo(403);
    assertThat(new String(otherTownship.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("公示名单");
    assertThat(rest.bytes("clerk2", "GET", "/api/townships/" + P1Fixtures.TOWNSHIP_A + "/public-notice.pdf", null, null)
        .statusCode()).isEqualTo(403);
    assertThat(rest.bytes("reviewer1", "GET", "/api/townships/220102999/public-notice.pdf", null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theOneTimeNoticeListsEveryMissingMaterialForTheCasesUnitsOnly() throws Exception {
    String businessKey = start("clerk1", P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()))
        .get("businessKey").asText();
    String path = "/api/cases/" + businessKey + "/missing-materials-notice.pdf";
    assertThat(rest.bytes("clerk1", "GET", path, null, null).statusCode()).as("nothing was found missing yet")
        .isEqualTo(404);
    complete("clerk1", businessKey, "Task_VerifyInVillage", Map.of("materialsIncomplete", true,
        "missingHouseholdRegister", true, "missingIdentity", true, "supplementNote", "户口簿须含本人页"));

    String text = pdf("clerk1", path);

    assertThat(text).contains("一次性告知书", "案件编号：" + businessKey, "1. 户口簿", "2. 居民身份证或居住证",
        "一并提交至幸福街道办事处", TODAY).doesNotContain("承诺书");
    assertThat(pdf("reviewer1", path)).contains("1. 户口簿");
    for (String other : new String[] {"clerk2", "reviewer2", "supervisor1"}) {
      assertThat(rest.bytes(other, "GET", path, null, null).statusCode()).as(other).isEqualTo(404);
    }
    assertThat(rest.bytes(null, "GET", path, null, null).statusCode()).isEqualTo(401);
  }

  private String pdf(String user, String path) throws Exception {
    HttpResponse<byte[]> answer = rest.bytes(user, "GET", path, null, null);
    assertThat(answer.statusCode()).as(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
        .startsWith("attachment").contains(".pdf"));
    return PdfText.of(answer.body());
  }

  private JsonNode start(String user, String key, Map<String, Object> values) throws Exception {
    return ok(rest.as(user, "POST", "/engine-rest/process-definition/key/" + key + "/start", variables(values)));
  }

  private void complete(String user, String businessKey, String taskKey, Map<String, Object> values) throws Exception {
    JsonNode tasks = ok(rest.as("demo", "GET",
        "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey, null));
    assertThat(tasks).as(taskKey).hasSize(1);
    HttpResponse<String> done = rest.as(user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        variables(values));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** Dates as the notices print them. */
  private static final class PrintedDate {
    static String today() {
      return of(ChinaClock.today());
    }

    static String of(java.time.LocalDate day) {
      return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
  }
}
