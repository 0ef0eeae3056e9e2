package org.jiuzhu.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jiuzhu.RestCalls;
import org.jiuzhu.WebappBrowser;
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A case's materials over HTTP, as an attacker would try them: other units, supervisors, admins and anonymous
 * callers read and add nothing; files too large, empty or not what they claim are refused with a Chinese message;
 * a logged-in browser session uploads only with its CSRF token. Nothing refused is stored; each look is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiuzhu.materials.max-size=64KB")
@ActiveProfiles("test")
class MaterialsRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  RestCalls rest;
  String businessKey;

  @BeforeEach
  void aCaseOfVillageA() throws Exception {
    rest = new RestCalls(port);
    businessKey = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application(P1Fixtures.idNumber())))).get("businessKey").asText();
  }

  @Test
  void theCasesUnitsUploadAndViewAScanAndEachStepIsAudited() throws Exception {
    byte[] png = Scans.png();
    HttpResponse<byte[]> added = upload("clerk1", "IDENTITY", "身份证 正面.png", "image/png", png);
    assertThat(added.statusCode()).as(text(added)).isEqualTo(201);
    JsonNode material = JSON.readTree(added.body());
    assertThat(material.get("kind").asText()).isEqualTo("IDENTITY");
    assertThat(material.get("kindLabel").asText()).isEqualTo("居民身份证或居住证");
    assertThat(material.get("contentType").asText()).isEqualTo("image/png");
    assertThat(material.get("fileName").asText()).isEqualTo("身份证 正面.png");
    assertThat(material.get("uploadedBy").asText()).isEqualTo("clerk1");

    for (String unit : List.of("clerk1", "reviewer1", "officer1")) {
      JsonNode listed = ok(rest.as(unit, "GET", materials(), null));
      assertThat(listed).as(unit).hasSize(1);
      HttpResponse<byte[]> file = rest.bytes(unit, "GET", materials() + "/" + material.get("id").asText(), null, null);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(png);
      assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
      assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
    }

    // The same file again (a double click, a retry) is kept once.
    HttpResponse<byte[]> again = upload("clerk1", "IDENTITY", "身份证 正面.png", "image/png", png);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("id").asText()).isEqualTo(material.get("id").asText());
    assertThat(ok(rest.as("clerk1", "GET", materials(), null))).hasSize(1);

    List<AuditEvent> trailOfCase = trail.of(businessKey);
    assertThat(trailOfCase).filteredOn(e -> e.action().equals(MaterialsController.ADDED)).singleElement()
        .satisfies(e -> assertThat(e.userId()).isEqualTo("clerk1"))
        .satisfies(e -> assertThat(e.detail()).contains("居民身份证或居住证", "身份证 正面.png", "image/png"));
    assertThat(trailOfCase).filteredOn(e -> e.action().equals(MaterialsController.VIEWED))
        .extracting(AuditEvent::userId).containsExactly("clerk1", "reviewer1", "officer1");
  }

  @Test
  void noOneElseReadsOrAddsAndEveryAttemptIsRecorded() throws Exception {
    String id = JSON.readTree(upload("clerk1", "APPLICATION", "申请书.pdf", "application/pdf", Scans.pdf()).body())
        .get("id").asText();

    // Another village and another township do not see the case at all.
    for (String stranger : List.of("clerk2", "reviewer2")) {
      assertThat(rest.as(stranger, "GET", materials(), null).statusCode()).as(stranger).isEqualTo(404);
      assertThat(rest.bytes(stranger, "GET", materials() + "/" + id, null, null).statusCode()).isEqualTo(404);
      assertThat(upload(stranger, "RECEIPT", "票据.png", "image/png", Scans.png()).statusCode()).isEqualTo(404);
    }
    // Supervisors and admins see the case but do not work on it.
    for (String reader : List.of("supervisor1", "demo")) {
      HttpResponse<String> refused = rest.as(reader, "GET", materials(), null);
      assertThat(refused.statusCode()).as(reader).isEqualTo(403);
      assertThat(refused.body()).contains("案件材料只供办理本案件的村（社区）、乡镇（街道）和县级人员查看和上传");
      assertThat(rest.bytes(reader, "GET", materials() + "/" + id, null, null).statusCode()).isEqualTo(403);
      assertThat(upload(reader, "RECEIPT", "票据.png", "image/png", Scans.png()).statusCode()).isEqualTo(403);
    }
    assertThat(rest.bytes(null, "GET", materials() + "/" + id, null, null).statusCode()).isEqualTo(401);
    assertThat(upload(null, "RECEIPT", "票据.png", "image/png", Scans.png()).statusCode()).isEqualTo(401);
    // A material of another case is not reached through this one.
    String other = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application(P1Fixtures.idNumber())))).get("businessKey").asText();
    assertThat(rest.bytes("clerk1", "GET", "/api/cases/" + other + "/materials/" + id, null, null).statusCode())
        .isEqualTo(404);

    assertThat(stored()).isEqualTo(1);
    assertThat(trail.of(businessKey)).filteredOn(e -> e.action().equals(MaterialsController.REFUSED))
        .extracting(AuditEvent::userId).contains("supervisor1", "demo");
    assertThat(trail.of(businessKey)).filteredOn(e -> e.action().equals(MaterialsController.REFUSED_UNKNOWN))
        .extracting(AuditEvent::userId).contains("clerk2", "reviewer2");
  }

  @Test
  void filesTooLargeEmptyOrNotWhatTheyClaimAreRefusedInChineseAndNothingIsStored() throws Exception {
    assertRefused(upload("clerk1", "IDENTITY", "身份证.png", "image/png", new byte[0]), "file：文件为空");
    assertRefused(upload("clerk1", "IDENTITY", "身份证.png", "image/png", new byte[64 * 1024 + 1]),
        "file：文件超过大小上限 65536 字节");
    assertRefused(upload("clerk1", "IDENTITY", "身份证.png", "image/png",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "文件内容不是 PDF、JPEG 或 PNG 格式的扫描件");
    assertRefused(upload("clerk1", "IDENTITY", "身份证.png", "image/png", Scans.pdf()), "文件内容是 PDF，与声明的 PNG 不符");
    assertRefused(upload("clerk1", "IDENTITY", "身份证.pdf", "application/octet-stream", Scans.jpeg()),
        "文件内容是 JPEG，与声明的 PDF 不符");
    assertRefused(upload("clerk1", "PASSPORT", "护照.png", "image/png", Scans.png()), "kind：须为");
    assertRefused(upload("clerk1", "RECEIPT", "", "image/png", Scans.png()), "fileName：必填");
    assertThat(stored()).isZero();
    assertThat(ok(rest.as("clerk1", "GET", materials(), null))).isEmpty();
  }

  @Test
  void aFiledCaseKeepsItsMaterialsAndTakesNoMore() throws Exception {
    var application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("monthsWithoutIncome", 1L);
    businessKey = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(application))).get("businessKey").asText();

    HttpResponse<byte[]> late = upload("clerk1", "RECEIPT", "票据.png", "image/png", Scans.png());

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(text(late)).contains("已存档备案，材料随档案保存，不能再增加");
    assertThat(stored()).isZero();
  }

  @Test
  void aBrowserSessionUploadsOnlyWithItsCsrfToken() throws Exception {
    WebappBrowser browser = new WebappBrowser(port);
    assertThat(browser.logIn("clerk1", "demo").statusCode()).isEqualTo(200);
    String path = materials() + "?kind=COMMITMENT&fileName=" + URLEncoder.encode("承诺书.png", StandardCharsets.UTF_8);

    // What another site could make the logged-in browser send: the cookie, not the token.
    assertThat(browser.postFile(path, "image/png", Scans.png(), false).statusCode()).isEqualTo(401);
    assertThat(stored()).isZero();

    HttpResponse<String> sent = browser.postFile(path, "image/png", Scans.png(), true);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(JSON.readTree(sent.body()).get("uploadedBy").asText()).isEqualTo("clerk1");
    assertThat(stored()).isEqualTo(1);
  }

  private void assertRefused(HttpResponse<byte[]> answer, String message) throws Exception {
    assertThat(answer.statusCode()).as(text(answer)).isEqualTo(400);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.get("message").asText()).startsWith("上传的材料不符合要求：").contains(message);
  }

  private HttpResponse<byte[]> upload(String user, String kind, String fileName, String contentType, byte[] content)
      throws Exception {
    return rest.bytes(user, "POST", materials() + "?kind=" + kind + "&fileName="
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8), content, contentType);
  }

  private String materials() {
    return "/api/cases/" + businessKey + "/materials";
  }

  private long stored() {
    return jdbc.sql("SELECT COUNT(*) FROM case_material WHERE business_key = ?").param(businessKey)
        .query(Long.class).single();
  }

  private static String text(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }
}
