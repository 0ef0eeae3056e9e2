package org.jiuzhu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET /api/cases/{case number}/audit and /personal-data, for a case of 幸福社区 (village A) opened and verified by
 * clerk1 over REST. supervisor1 supervises its county; clerk2 works for a village of another township; demo is
 * an admin but works for no unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class CaseAuditRestTest {

  @LocalServerPort int port;
  @Autowired AuditTrail trail;

  RestCalls rest;
  Map<String, Object> application;
  String businessKey;

  @BeforeEach
  void aVerifiedCaseOfVillageA() throws Exception {
    rest = new RestCalls(port);
    application = P1Fixtures.application(P1Fixtures.idNumber());
    JsonNode started = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(application)));
    businessKey = started.get("businessKey").asText();
    String task = ok(rest.as("clerk1", "GET", "/engine-rest/task?processInstanceId=" + started.get("id").asText(), null))
        .get(0).get("id").asText();
    assertThat(rest.as("clerk1", "POST", "/engine-rest/task/" + task + "/complete",
        variables(Map.of("villageVerified", true, "villageOpinion", "属实"))).statusCode()).isEqualTo(204);
  }

  @Test
  void supervisorsAndAdminsReadTheTrail() throws Exception {
    for (String user : new String[] {"supervisor1", "demo"}) {
      JsonNode events = ok(audit(user));
      assertThat(events.findValuesAsText("action")).as(user).startsWith("受理申请", "完成：村（社区）调查核实");
      JsonNode verified = events.get(1);
      assertThat(verified.get("userId").asText()).isEqualTo("clerk1");
      assertThat(verified.get("businessKey").asText()).isEqualTo(businessKey);
      assertThat(verified.get("countyCode").asText()).isEqualTo("220102");
      assertThat(verified.get("detail").asText()).isEqualTo("villageVerified=true; villageOpinion=属实; lowIncomeTested=false; inHardship=true");
      assertThat(verified.get("occurredAt").asText()).endsWith("+08:00");
    }
  }

  @Test
  void theUnitsOfTheCaseDoNotReadTheTrail() throws Exception {
    assertThat(audit("clerk1").statusCode()).isEqualTo(403);
    assertThat(audit("reviewer1").statusCode()).isEqualTo(403);
  }

  @Test
  void theVillageSeesTheFullNumbersUncachedAndTheLookIsRecorded(CapturedOutput log) throws Exception {
    String idNumber = (String) application.get("applicantIdNumber");
    String account = (String) application.get("bankAccount");

    HttpResponse<String> response = personalData("clerk1");

    JsonNode numbers = ok(response);
    assertThat(numbers.get("businessKey").asText()).isEqualTo(businessKey);
    assertThat(numbers.get("applicantIdNumber").asText()).isEqualTo(idNumber);
    assertThat(numbers.get("bankAccount").asText()).isEqualTo(account);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    AuditEvent look = last();
    assertThat(look.action()).isEqualTo("查看完整个人信息");
    assertThat(look.userId()).isEqualTo("clerk1");
    assertThat(look.countyCode()).isEqualTo("220102");
    assertThat(ok(audit("supervisor1")).toString()).contains("查看完整个人信息").doesNotContain(idNumber).doesNotContain(account);
    assertThat(log.getAll()).doesNotContain(idNumber).doesNotContain(account);
  }

  @Test
  void supervisorsAndAdminsAreRefusedTheFullNumbersAndTheAttemptIsRecorded() throws Exception {
    for (String user : new String[] {"supervisor1", "demo"}) {
      HttpResponse<String> refused = personalData(user);

      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).doesNotContain((String) application.get("applicantIdNumber"));
      assertThat(last().action()).isEqualTo("拒绝查看完整个人信息");
      assertThat(last().userId()).isEqualTo(user);
    }
  }

  @Test
  void aCaseOfAnotherTownshipIsNotFoundButEveryLookAtItsNumbersIsRecorded() throws Exception {
    int before = trail.of(businessKey).size();

    assertThat(audit("clerk2").statusCode()).isEqualTo(404);
    assertThat(personalData("clerk2").statusCode()).isEqualTo(404);
    assertThat(personalData("reviewer2").statusCode()).isEqualTo(404);
    HttpResponse<String> probe = rest.as("clerk2", "GET", "/api/cases/LSJZ-1999-000000%0Aforged/personal-data", null);
    assertThat(probe.statusCode()).isEqualTo(404);

    assertThat(trail.of(businessKey)).hasSize(before + 2).last()
        .extracting(AuditEvent::userId, AuditEvent::action, AuditEvent::countyCode)
        .containsExactly("reviewer2", "拒绝查看完整个人信息：无此案件或无权查看", null);
    assertThat(trail.of("LSJZ-1999-000000?forged")).extracting(AuditEvent::userId).containsExactly("clerk2");
    assertThat(rest.as("demo", "GET", "/api/cases/LSJZ-1999-000000/audit", null).statusCode()).isEqualTo(404);
    assertThat(rest.as(null, "GET", "/api/cases/" + businessKey + "/personal-data", null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> audit(String user) throws Exception {
    return rest.as(user, "GET", "/api/cases/" + businessKey + "/audit", null);
  }

  private HttpResponse<String> personalData(String user) throws Exception {
    return rest.as(user, "GET", "/api/cases/" + businessKey + "/personal-data", null);
  }

  private AuditEvent last() {
    List<AuditEvent> events = trail.of(businessKey);
    return events.get(events.size() - 1);
  }
}
