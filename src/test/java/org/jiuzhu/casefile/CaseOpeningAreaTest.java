package org.jiuzhu.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jiuzhu.RestCalls;
import org.jiuzhu.emergency.P2Fixtures;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Staff open cases in their own area, and the units they leave empty are their own; admins open any. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseOpeningAreaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String P1_START = "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @Test
  void aClerkWhoLeavesTheUnitsEmptyOpensTheCaseAtTheirOwnVillage() throws Exception {
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("townshipCode", "");
    application.put("villageCode", "");
    JsonNode started = ok(rest().as("clerk1", "POST", P1_START, variables(application)));

    Map<String, Object> held = runtime.getVariables(started.get("id").asText());
    assertThat(held).containsEntry("villageCode", P1Fixtures.VILLAGE_A).containsEntry("townshipCode", P1Fixtures.TOWNSHIP_A)
        .containsEntry("villageName", "幸福社区");
  }

  @Test
  void aClerkCannotOpenACaseOfAnotherVillageNorATownshipOneOfAnotherTownship() throws Exception {
    long before = runtime.createProcessInstanceQuery().count();
    HttpResponse<String> otherVillage = rest().as("clerk1", "POST", P1_START,
        variables(P1Fixtures.application(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_B, P1Fixtures.VILLAGE_B)));
    assertThat(otherVillage.statusCode()).isEqualTo(400);
    JsonNode refused = JSON.readTree(otherVillage.body());
    assertThat(refused.get("message").asText()).isEqualTo("申请材料不符合要求：村（社区）代码：" + CaseOpening.OUTSIDE);
    assertThat(refused.at("/problems/0/field").asText()).isEqualTo("villageCode");

    HttpResponse<String> otherTownship = rest().as("reviewer1", "POST",
        "/engine-rest/process-definition/key/" + P2Fixtures.KEY + "/start",
        variables(P2Fixtures.request(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_B)));
    assertThat(otherTownship.statusCode()).isEqualTo(400);
    assertThat(otherTownship.body()).contains("townshipCode", CaseOpening.OUTSIDE);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void anAdminOpensACaseAnywhere() throws Exception {
    JsonNode started = ok(rest().as("demo", "POST", P1_START,
        variables(P1Fixtures.application(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_B, P1Fixtures.VILLAGE_B))));
    // Other tests count the tasks of 永安村's clerk: the case goes again.
    runtime.deleteProcessInstance(started.get("id").asText(), "test case of another village");
  }

  @Test
  void theStartFormsListsOfferTheCallersOwnUnitsPreChosen() throws Exception {
    JsonNode clerk = ok(rest().as("clerk1", "GET", "/api/my-units", null));
    assertThat(clerk.get("township").asText()).isEqualTo(P1Fixtures.TOWNSHIP_A);
    assertThat(clerk.get("village").asText()).isEqualTo(P1Fixtures.VILLAGE_A);
    assertThat(clerk.get("villages").findValuesAsText("value")).containsExactly(P1Fixtures.VILLAGE_A);

    JsonNode township = ok(rest().as("reviewer1", "GET", "/api/my-units", null));
    // Other tests may add villages to 幸福街道; 永安镇's are never offered.
    assertThat(township.get("villages").findValuesAsText("value")).contains(P1Fixtures.VILLAGE_A, "220102001002")
        .allMatch(code -> code.startsWith(P1Fixtures.TOWNSHIP_A));
    assertThat(township.get("village").isNull()).isTrue();
  }

  @Test
  void theClerkWhoStartedACaseReadsItsNumberAtOnceAndNoOneElseDoes() throws Exception {
    JsonNode started = ok(rest().as("clerk1", "POST", P1_START, variables(P1Fixtures.application(P1Fixtures.idNumber()))));
    String path = "/api/my-cases/" + started.get("id").asText();

    JsonNode line = ok(rest().as("clerk1", "GET", path, null));
    assertThat(line.get("caseNumber").asText()).isEqualTo(started.get("businessKey").asText()).startsWith("LSJZ-");
    assertThat(line.get("refused").asBoolean()).isFalse();
    assertThat(line.get("status").asText()).isEqualTo("办理中：村（社区）调查核实");
    // Another unit's clerk, and the case's own reviewer who did not start it: not theirs to be told.
    assertThat(rest().as("clerk2", "GET", path, null).statusCode()).isEqualTo(404);
    assertThat(rest().as("reviewer1", "GET", path, null).statusCode()).isEqualTo(404);
  }

  private RestCalls rest() {
    return new RestCalls(port);
  }
}
