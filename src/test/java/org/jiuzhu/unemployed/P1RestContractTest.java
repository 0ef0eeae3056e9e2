package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;
import static org.jiuzhu.unemployed.P1Fixtures.*;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.household.HouseholdFixtures;
import org.jiuzhu.TablesContaining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * P1 driven over HTTP exactly as CONTRACT.md tells an online portal, then a search of every table and of the
 * application's log for the applicant's clear ID number and bank account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class P1RestContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anonymousCallsAreRefused() throws Exception {
    assertThat(call("GET", "/engine-rest/task", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/engine-rest/process-instance", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/payments?businessKey=LSJZ-2026-000001", null, null).statusCode()).isEqualTo(401);
    // A wrong password for a real user would lock it out for seconds (the engine slows down guessing).
    assertThat(call("GET", "/engine-rest/task", null, "nobody:wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void aPortalRunsACaseToPaymentAndNoClearNumberIsStoredOrLogged(CapturedOutput log) throws Exception {
    Map<String, Object> application = application(idNumber());
    String idNumber = (String) application.get("applicantIdNumber");
    String account = (String) application.get("bankAccount");

    JsonNode started = ok(call("POST", "/engine-rest/process-definition/key/" + KEY + "/start", start(application)));
    String pi = started.get("id").asText();
    String businessKey = started.get("businessKey").asText();
    assertThat(ok(call("GET", "/engine-rest/process-instance?businessKey=" + businessKey))).hasSize(1);

    JsonNode village = singleTask(pi);
    assertThat(village.get("taskDefinitionKey").asText()).isEqualTo("Task_VerifyInVillage");
    assertThat(village.get("due").isNull()).isFalse();
    assertThat(call("POST", "/engine-rest/task/" + village.get("id").asText() + "/complete",
        variables(Map.of("villageVerified", true, "villageOpinion", "属实"))).statusCode()).isEqualTo(204);

    JsonNode township = singleTask(pi);
    assertThat(township.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewInTownship");
    HttpResponse<String> tooMuch = call("POST", "/engine-rest/task/" + township.get("id").asText() + "/complete",
        variables(Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 1500)));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("approvedAmount").contains("1000.00");
    assertThat(call("POST", "/engine-rest/task/" + township.get("id").asText() + "/complete",
        variables(Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", 800))).statusCode())
        .isEqualTo(204);

    // The payment is an asynchronous job; the tests run without a job executor, so execute it over REST.
    for (JsonNode job : ok(call("GET", "/engine-rest/job?processInstanceId=" + pi))) {
      assertThat(call("POST", "/engine-rest/job/" + job.get("id").asText() + "/execute", "").statusCode()).isEqualTo(204);
    }

    JsonNode ended = ok(call("GET", "/engine-rest/history/process-instance/" + pi));
    assertThat(ended.get("endTime").isNull()).isFalse();
    assertThat(ended.get("businessKey").asText()).isEqualTo(businessKey);
    Map<String, String> vars = new HashMap<>();
    ok(call("GET", "/engine-rest/history/variable-instance?processInstanceId=" + pi))
        .forEach(v -> vars.put(v.get("name").asText(), v.get("value").asText()));
    assertThat(vars).containsEntry("outcome", "PAID").containsEntry("approvedAmount", "800.00");
    JsonNode payments = ok(call("GET", "/api/payments?businessKey=" + businessKey));
    assertThat(payments).hasSize(1);
    assertThat(payments.get(0).get("installment").asInt()).isEqualTo(1);
    assertThat(payments.get(0).get("amount").decimalValue()).isEqualByComparingTo("800.00");
    assertThat(payments.get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(payments.get(0).get("businessKey").asText()).isEqualTo(businessKey);
    assertThat(payments.get(0).has("paidAt")).isTrue();

    assertThat(TablesContaining.text(jdbc, idNumber)).as("tables holding the clear ID number").isEmpty();
    assertThat(TablesContaining.text(jdbc, account)).as("tables holding the clear bank account").isEmpty();
    assertThat(log.getAll()).doesNotContain(idNumber).doesNotContain(account);
  }

  @Test
  void badMaterialsAreRefusedWith400NamingTheFieldAndLeaveNoCase() throws Exception {
    Map<String, Object> application = application(idNumber());
    String id = (String) application.get("applicantIdNumber");
    application.put("applicantIdNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"));
    int before = ok(call("GET", "/engine-rest/process-instance/count")).get("count").asInt();

    HttpResponse<String> refused = call("POST", "/engine-rest/process-definition/key/" + KEY + "/start", start(application));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("applicantIdNumber").contains("校验位");
    assertThat(ok(call("GET", "/engine-rest/process-instance/count")).get("count").asInt()).isEqualTo(before);
  }

  @Test
  void aVillageStepWithABadMemberIsAnswered400NamingFieldAndLineAndStaysOpen() throws Exception {
    String id = idNumber();
    String pi = ok(call("POST", "/engine-rest/process-definition/key/" + KEY + "/start", start(application(id))))
        .get("id").asText();
    String village = singleTask(pi).get("id").asText();
    Map<String, Object> step = HouseholdFixtures.figures(List.of(HouseholdFixtures.member("SELF", id, "0"),
        HouseholdFixtures.member("CHILD", idNumber(), "abc")), "0");
    step.put("villageVerified", true);
    step.put("villageOpinion", "属实");

    HttpResponse<String> refused = call("POST", "/engine-rest/task/" + village + "/complete", variables(step));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("householdMembers[2].monthlyIncome").doesNotContain(id);
    assertThat(singleTask(pi).get("id").asText()).isEqualTo(village);
  }

  @Test
  void theStartFormAsTasklistSubmitsItOpensACase() throws Exception {
    // Tasklist's body for the P1 start form (seen in TasklistBrowserTest): values untyped as form-js holds them,
    // the witnesses (an array of objects) as a Json variable holding the JSON text.
    Map<String, Object> variables = new HashMap<>();
    application(idNumber()).forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("monthsWithoutIncome", Map.of("value", 4));
    variables.put("witnesses", Map.of("type", "Json", "value", WITNESSES));
    String definition = ok(call("GET", "/engine-rest/process-definition/key/" + KEY)).get("id").asText();

    JsonNode started = ok(rest().as("clerk1", "POST", "/engine-rest/process-definition/" + definition + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables))));

    assertThat(started.get("businessKey").asText()).startsWith("LSJZ-");
    JsonNode witnesses = ok(call("GET",
        "/engine-rest/process-instance/" + started.get("id").asText() + "/variables/witnesses?deserializeValue=false"));
    assertThat(witnesses.get("type").asText()).isEqualTo("Json");
    assertThat(JSON.readTree(witnesses.get("value").asText())).hasSize(2);
  }

  @Test
  void aRefusalNoticeIsPrintableFromTheCase() throws Exception {
    Map<String, Object> application = application(idNumber());
    application.put("monthsWithoutIncome", 1L);
    JsonNode started = ok(call("POST", "/engine-rest/process-definition/key/" + KEY + "/start", start(application)));

    HttpResponse<String> notice = call("GET", "/api/cases/" + started.get("businessKey").asText() + "/refusal-notice");

    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(notice.body()).contains("不予救助告知书").contains("连续无收入来源不满3个月").contains("幸福街道");
    assertThat(call("GET", "/api/cases/LSJZ-1999-000000/refusal-notice").statusCode()).isEqualTo(404);
  }

  private JsonNode singleTask(String pi) throws Exception {
    JsonNode tasks = ok(call("GET", "/engine-rest/task?processInstanceId=" + pi));
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private static String start(Map<String, Object> application) throws Exception {
    return variables(application);
  }

  private HttpResponse<String> call(String method, String path) throws Exception {
    return rest().as("demo", method, path, null);
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    return rest().as("demo", method, path, body);
  }

  private HttpResponse<String> call(String method, String path, String body, String credentials) throws Exception {
    return rest().call(method, path, body, credentials);
  }

  private RestCalls rest() {
    return new RestCalls(port);
  }
}
