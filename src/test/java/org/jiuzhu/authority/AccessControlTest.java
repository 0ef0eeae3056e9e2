package org.jiuzhu.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each unit sees and works only its own cases, over the same REST API Tasklist uses. Every test is an attempt
 * that must fail. clerk1 works for 幸福社区 (village A), clerk2 for 永安村 in another township, reviewer1 for
 * 幸福街道, supervisor1 supervises 南关区.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessControlTest {

  @LocalServerPort int port;

  RestCalls rest;
  String pi;
  String businessKey;
  String villageTask;

  @BeforeEach
  void aCaseOfVillageA() throws Exception {
    rest = new RestCalls(port);
    JsonNode started = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application(P1Fixtures.idNumber()))));
    pi = started.get("id").asText();
    businessKey = started.get("businessKey").asText();
    villageTask = ok(rest.as("clerk1", "GET", "/engine-rest/task?processInstanceId=" + pi, null)).get(0).get("id").asText();
  }

  @Test
  void aClerkOfAnotherVillageCannotListReadClaimOrCompleteIt() throws Exception {
    assertThat(ok(rest.as("clerk2", "GET", "/engine-rest/task?processInstanceId=" + pi, null))).isEmpty();
    assertThat(ok(rest.as("clerk2", "GET", "/engine-rest/task", null)).findValuesAsText("id")).doesNotContain(villageTask);
    assertThat(ok(rest.as("clerk2", "GET", "/engine-rest/task/count", null)).get("count").asInt()).isZero();
    assertThat(rest.as("clerk2", "GET", "/engine-rest/task/" + villageTask, null).statusCode()).isIn(403, 404);
    assertThat(rest.as("clerk2", "GET", "/engine-rest/task/" + villageTask + "/variables", null).statusCode()).isIn(403, 404);
    assertThat(rest.as("clerk2", "POST", "/engine-rest/task/" + villageTask + "/claim", "{\"userId\":\"clerk2\"}").statusCode())
        .isEqualTo(403);
    assertThat(rest.as("clerk2", "POST", "/engine-rest/task/" + villageTask + "/complete",
        variables(Map.of("villageVerified", false, "villageOpinion", "越权"))).statusCode()).isEqualTo(403);
    assertThat(rest.as("clerk2", "GET", "/engine-rest/process-instance/" + pi, null).statusCode()).isIn(403, 404);
    assertThat(ok(rest.as("clerk2", "GET", "/engine-rest/history/process-instance?processInstanceId=" + pi, null))).isEmpty();
    assertThat(ok(rest.as("clerk2", "GET", "/engine-rest/history/variable-instance?processInstanceId=" + pi, null))).isEmpty();
    assertThat(rest.as("clerk2", "GET", "/api/cases/" + businessKey + "/refusal-notice", null).statusCode()).isEqualTo(404);

    assertThat(ok(rest.as("clerk1", "GET", "/engine-rest/task/" + villageTask, null)).get("assignee").isNull()).isTrue();
  }

  @Test
  void theVillagesOwnClerkClaimsAndCompletesIt() throws Exception {
    assertThat(rest.as("clerk1", "POST", "/engine-rest/task/" + villageTask + "/claim", "{\"userId\":\"clerk1\"}").statusCode())
        .isEqualTo(204);
    assertThat(rest.as("clerk1", "POST", "/engine-rest/task/" + villageTask + "/complete",
        variables(Map.of("villageVerified", true, "villageOpinion", "属实"))).statusCode()).isEqualTo(204);
    // The case moves on to the township; the village may still read it, not work on it.
    String review = ok(rest.as("reviewer1", "GET", "/engine-rest/task?processInstanceId=" + pi, null)).get(0).get("id").asText();
    assertThat(rest.as("clerk1", "GET", "/engine-rest/task/" + review, null).statusCode()).isEqualTo(200);
    assertThat(rest.as("clerk1", "POST", "/engine-rest/task/" + review + "/complete",
        variables(Map.of("townshipApproved", true, "townshipOpinion", "越权", "approvedAmount", 500))).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aClerkCannotHandTheTaskToSomeoneElse() throws Exception {
    assertThat(rest.as("clerk1", "POST", "/engine-rest/task/" + villageTask + "/assignee", "{\"userId\":\"clerk2\"}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aSupervisorReadsTheCaseButCannotCompleteItsTask() throws Exception {
    assertThat(rest.as("supervisor1", "GET", "/engine-rest/task/" + villageTask, null).statusCode()).isEqualTo(200);
    assertThat(rest.as("supervisor1", "GET", "/engine-rest/process-instance/" + pi, null).statusCode()).isEqualTo(200);
    assertThat(ok(rest.as("supervisor1", "GET", "/engine-rest/history/process-instance?processInstanceId=" + pi, null)))
        .hasSize(1);

    assertThat(rest.as("supervisor1", "POST", "/engine-rest/task/" + villageTask + "/claim", "{\"userId\":\"supervisor1\"}")
        .statusCode()).isEqualTo(403);
    assertThat(rest.as("supervisor1", "POST", "/engine-rest/task/" + villageTask + "/complete",
        variables(Map.of("villageVerified", true, "villageOpinion", "越权"))).statusCode()).isEqualTo(403);
  }

  @Test
  void aTownshipReviewerCannotApproveACountyLevelCase() throws Exception {
    // An emergency grant above the township's authority (approval-authority: more than 1,000 yuan).
    Map<String, Object> application = new java.util.HashMap<>(Map.of(
        "applicantName", "李四", "applicantIdNumber", P1Fixtures.idNumber(), "applicantPhone", "13800000001",
        "townshipCode", P1Fixtures.TOWNSHIP_A, "bankAccount", "6222020200998877665",
        "emergencyDescription", "突发火灾，住房损毁", "commitmentSigned", true));
    String emergency = ok(rest.as("reviewer1", "POST", "/engine-rest/process-definition/key/emergency-assistance/start",
        variables(application))).get("id").asText();
    String grant = ok(rest.as("reviewer1", "GET", "/engine-rest/task?processInstanceId=" + emergency, null)).get(0).get("id").asText();
    assertThat(rest.as("reviewer1", "POST", "/engine-rest/task/" + grant + "/complete", variables(Map.of(
        "townshipApproved", true, "townshipOpinion", "情况紧急，建议救助", "urgency", "CRITICAL", "approvedAmount", "3000.00"))).statusCode())
        .isEqualTo(204);
    JsonNode county = ok(rest.as("officer1", "GET", "/engine-rest/task?processInstanceId=" + emergency, null)).get(0);
    assertThat(county.get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveInCounty");

    assertThat(rest.as("reviewer1", "POST", "/engine-rest/task/" + county.get("id").asText() + "/complete",
        variables(Map.of("countyApproved", true, "countyOpinion", "越权"))).statusCode()).isEqualTo(403);
    assertThat(rest.as("reviewer1", "POST", "/engine-rest/task/" + county.get("id").asText() + "/claim",
        "{\"userId\":\"reviewer1\"}").statusCode()).isEqualTo(403);
    assertThat(rest.as("officer1", "POST", "/engine-rest/task/" + county.get("id").asText() + "/complete",
        variables(Map.of("countyApproved", true, "countyOpinion", "同意"))).statusCode()).isEqualTo(204);
  }

  @Test
  void onlyAdminsDeployOrDeleteAndOnlyStaffOfTheCaseSeeItsPayments() throws Exception {
    assertThat(rest.as("clerk1", "DELETE", "/engine-rest/process-instance/" + pi, null).statusCode()).isEqualTo(403);
    assertThat(rest.as("supervisor1", "DELETE", "/engine-rest/process-instance/" + pi, null).statusCode()).isEqualTo(403);
    assertThat(rest.as("officer1", "GET", "/engine-rest/deployment", null).statusCode()).isEqualTo(200);
    assertThat(ok(rest.as("officer1", "GET", "/engine-rest/deployment", null))).isEmpty();
    HttpResponse<String> suspend = rest.as("clerk1", "PUT", "/engine-rest/process-definition/key/" + P1Fixtures.KEY
        + "/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}");
    assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(403);
    String multipart = "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\njiuzhu-models\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--b--\r\n";
    for (String staff : new String[] {"clerk1", "reviewer1", "officer1", "supervisor1"}) {
      HttpResponse<String> deploy = rest.call("POST", "/engine-rest/deployment/create", multipart, staff + ":demo",
          "multipart/form-data; boundary=b");
      assertThat(deploy.statusCode()).as(staff + " deploys: " + deploy.body()).isEqualTo(403);
    }
    assertThat(ok(rest.as("clerk2", "GET", "/api/payments?businessKey=" + businessKey, null))).isEmpty();
  }

  @Test
  void expressionsInQueriesAreRefusedAdHocStoredAndNested() throws Exception {
    HttpResponse<String> adHoc = rest.as("demo", "GET", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", null);
    assertThat(adHoc.statusCode()).as(adHoc.body()).isIn(400, 403);
    HttpResponse<String> nested = rest.as("demo", "POST", "/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}");
    assertThat(nested.statusCode()).as(nested.body()).isIn(400, 403);
    HttpResponse<String> stored = rest.as("demo", "POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"expression\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(400);
    assertThat(stored.body()).contains("表达式");
  }

  @Test
  void queriesAreCappedButUnpagedListsStillAnswer() throws Exception {
    HttpResponse<String> tooMany = rest.as("demo", "GET", "/engine-rest/task?maxResults=100000", null);
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
    assertThat(rest.as("demo", "GET", "/engine-rest/task?processInstanceId=" + pi, null).statusCode()).isEqualTo(200);
  }
}
