package org.jiuzhu.reservefund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.emergency.P2Fixtures;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The reserve-fund endpoints over HTTP as the demo users, and P2's 400 for malformed starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReserveFundRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired ReserveFunds funds;

  RestCalls rest;
  String township;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
    township = P2Fixtures.freshTownship(orgUnits);
  }

  @Test
  void theCountyTopsUpAndTheTownshipSeesTheBalanceAndEntries() throws Exception {
    HttpResponse<String> created = rest.as("officer1", "POST", path() + "/top-ups",
        "{\"amount\": \"5000.00\", \"note\": \"第四季度备用金\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(funds.balance(township)).isEqualByComparingTo("5000.00");

    // A demo township reviewer may not see another township's fund; the county's supervisor may.
    assertThat(rest.as("reviewer1", "GET", path(), null).statusCode()).isEqualTo(403);
    JsonNode fund = RestCalls.ok(rest.as("supervisor1", "GET", path(), null));
    assertThat(fund.get("balance").decimalValue()).isEqualByComparingTo("5000.00");
    assertThat(fund.get("countyCode").asText()).isEqualTo("220102");
    JsonNode entry = fund.get("entries").get(0);
    assertThat(entry.get("kind").asText()).isEqualTo("TOP_UP");
    assertThat(entry.get("recordedBy").asText()).isEqualTo("officer1");
    assertThat(entry.get("note").asText()).isEqualTo("第四季度备用金");
    assertThat(RestCalls.ok(rest.as("demo", "GET", path(), null)).get("townshipCode").asText()).isEqualTo(township);
  }

  @Test
  void onlyTheCountyOrAnAdminMayTopUp() throws Exception {
    String body = "{\"amount\": \"100.00\"}";
    assertThat(rest.as("reviewer1", "POST", path() + "/top-ups", body).statusCode()).isEqualTo(403);
    assertThat(rest.as("supervisor1", "POST", path() + "/top-ups", body).statusCode()).isEqualTo(403);
    assertThat(rest.as(null, "POST", path() + "/top-ups", body).statusCode()).isEqualTo(401);
    assertThat(funds.balance(township)).isEqualByComparingTo(BigDecimal.ZERO);

    assertThat(rest.as("demo", "POST", path() + "/top-ups", body).statusCode()).isEqualTo(201);
    assertThat(funds.balance(township)).isEqualByComparingTo("100.00");
  }

  @Test
  void aBadAmountIsAnsweredWith400NamingTheField() throws Exception {
    for (String body : new String[] {"{\"amount\": \"-5\"}", "{\"amount\": \"12.345\"}", "{}", "{\"amount\": \"abc\"}"}) {
      HttpResponse<String> response = rest.as("officer1", "POST", path() + "/top-ups", body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("problems").get(0).get("field").asText()).isEqualTo("amount");
    }
    assertThat(funds.balance(township)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(rest.as("officer1", "GET", "/api/reserve-funds/229999999", null).statusCode()).isEqualTo(404);
  }

  @Test
  void aMalformedEmergencyRequestIsAnsweredWith400() throws Exception {
    Map<String, Object> request = P2Fixtures.request(P1Fixtures.idNumber(), township);
    request.put("commitmentSigned", false);
    HttpResponse<String> response = rest.as("demo", "POST",
        "/engine-rest/process-definition/key/" + P2Fixtures.KEY + "/start", RestCalls.variables(request));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("commitmentSigned");
  }

  @Test
  void anAmountOutsideTheChosenTierOrACountyAmountOutsideItsBoundsIsAnsweredWith400NamingTheField() throws Exception {
    String pi = RestCalls.ok(rest.as("reviewer1", "POST", "/engine-rest/process-definition/key/" + P2Fixtures.KEY
        + "/start", RestCalls.variables(P2Fixtures.request(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_A)))).get("id")
        .asText();
    String grant = RestCalls.ok(rest.as("reviewer1", "GET", "/engine-rest/task?processInstanceId=" + pi, null)).get(0)
        .get("id").asText();
    BigDecimal balance = funds.balance(P1Fixtures.TOWNSHIP_A);

    HttpResponse<String> outside = rest.as("reviewer1", "POST", "/engine-rest/task/" + grant + "/complete",
        RestCalls.variables(Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL",
            "approvedAmount", "800")));

    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(RestCalls.problemFields(outside)).containsExactly("approvedAmount");
    assertThat(funds.balance(P1Fixtures.TOWNSHIP_A)).isEqualByComparingTo(balance);

    assertThat(rest.as("reviewer1", "POST", "/engine-rest/task/" + grant + "/complete", RestCalls.variables(Map.of(
        "townshipApproved", true, "townshipOpinion", "一事一议", "urgency", "CRITICAL", "approvedAmount", "3000",
        "caseByCase", true))).statusCode()).isEqualTo(204);
    String county = RestCalls.ok(rest.as("officer1", "GET", "/engine-rest/task?processInstanceId=" + pi, null)).get(0)
        .get("id").asText();
    HttpResponse<String> smaller = rest.as("officer1", "POST", "/engine-rest/task/" + county + "/complete",
        RestCalls.variables(Map.of("countyApproved", true, "countyOpinion", "同意", "countyAmount", "2000")));

    assertThat(smaller.statusCode()).isEqualTo(400);
    assertThat(RestCalls.problemFields(smaller)).containsExactlyInAnyOrder("countyAmount", "countyAmountReason");
    assertThat(funds.balance(P1Fixtures.TOWNSHIP_A)).isEqualByComparingTo(balance);
  }

  private String path() {
    return "/api/reserve-funds/" + township;
  }
}
