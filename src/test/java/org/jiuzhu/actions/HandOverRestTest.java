package org.jiuzhu.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.RestCalls;
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.unemployed.P1Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 委派, 转办 and 抄送 over /api as staff: clerk1 (village 220102001001), reviewer1 (township 220102001), clerk2
 * (village 220102002001), reviewer2 (township 220102002).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HandOverRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuditTrail trail;

  @Test
  void p1TheTownshipDelegatesToAColleagueWhoResolvesItBackAndOnlyWithinTheUnit() throws Exception {
    RestCalls rest = new RestCalls(port);
    String colleague = colleagueOf("township-" + P1Fixtures.TOWNSHIP_A);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    tasks.complete(task(pi).getId(), Map.of("villageVerified", true, "villageOpinion", "属实"));
    String review = task(pi).getId();
    String path = "/api/tasks/" + review + "/delegation";

    assertThat(rest.as("reviewer1", "POST", path, "{\"userId\":\"clerk1\"}").statusCode()).isEqualTo(400);
    assertThat(rest.as("reviewer2", "POST", path, "{\"userId\":\"reviewer2\"}").statusCode()).isEqualTo(404);
    HttpResponse<String> villageTries = rest.as("clerk1", "POST", path, "{\"userId\":\"clerk1\"}");
    assertThat(villageTries.statusCode()).isEqualTo(403);
    assertThat(villageTries.body()).contains("只有办理该环节的单位可以委派");
    // The engine's own delegate stays closed to staff.
    assertThat(rest.as("reviewer1", "POST", "/engine-rest/task/" + review + "/delegate",
        "{\"userId\":\"" + colleague + "\"}").statusCode()).isEqualTo(403);

    ok(rest.as("reviewer1", "POST", path, "{\"userId\":\"" + colleague + "\",\"note\":\"请核对金额档次\"}"));
    Task delegated = task(pi);
    assertThat(delegated.getAssignee()).isEqualTo(colleague);
    assertThat(delegated.getOwner()).isEqualTo("reviewer1");
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);

    ok(rest.as(colleague, "POST", "/engine-rest/task/" + review + "/resolve",
        variables(Map.of("townshipOpinion", "已核对：一般档次，800元"))));
    Task back = task(pi);
    assertThat(back.getAssignee()).isEqualTo("reviewer1");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    ok(rest.as("reviewer1", "POST", "/engine-rest/task/" + review + "/complete", variables(Map.of(
        "townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "800"))));
    assertThat(runtime.getVariable(pi.getId(), "approvedAmount")).isEqualTo("800.00");
    assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::action).contains("委派：乡镇（街道）复核");
  }

  @Test
  void theHandlingTabIsOfferedOnlyWhatTheActionsAccept() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String path = "/api/tasks/" + task(pi).getId() + "/handling";

    JsonNode village = ok(rest.as("clerk1", "GET", path, null));
    assertThat(village.get("caseNumber").asText()).isEqualTo(pi.getBusinessKey());
    // The demo's second clerk of 幸福社区, family name first; not the caller.
    assertThat(village.get("colleagues").findValuesAsText("userId")).contains("clerk3").doesNotContain("clerk1", "clerk2");
    assertThat(village.get("colleagues").toString()).contains("{\"userId\":\"clerk3\",\"name\":\"周敏\"}");
    assertThat(village.get("transferUnits").findValuesAsText("code"))
        .containsExactly("220102001002", P1Fixtures.VILLAGE_B, "220102002002");
    assertThat(village.path("handOverRefusal").asText("")).isEmpty();
    assertThat(village.get("copyUnits").findValuesAsText("code")).contains("220102002", "220102")
        .doesNotContain(P1Fixtures.VILLAGE_A);

    // The case's township reads it and may copy it, but neither delegates nor transfers the village's step.
    JsonNode township = ok(rest.as("reviewer1", "GET", path, null));
    assertThat(township.get("colleagues")).isEmpty();
    assertThat(township.get("transferUnits")).isEmpty();
    assertThat(township.get("handOverRefusal").asText()).contains("只有办理该环节的单位可以委派");
    assertThat(township.get("copyUnits").findValuesAsText("code")).contains(P1Fixtures.VILLAGE_A)
        .doesNotContain(P1Fixtures.TOWNSHIP_A);
    // Another unit does not see the case; a supervisor sees it but handles nothing.
    assertThat(rest.as("clerk2", "GET", path, null).statusCode()).isEqualTo(404);
    assertThat(rest.as("reviewer2", "GET", path, null).statusCode()).isEqualTo(404);
    HttpResponse<String> supervisor = rest.as("supervisor1", "GET", path, null);
    assertThat(supervisor.statusCode()).isEqualTo(403);
    assertThat(supervisor.body()).contains("只有办理该环节的单位可以委派");

    // The township's own step: no township may take it, since the case's village stays where it is.
    tasks.complete(task(pi).getId(), Map.of("villageVerified", true, "villageOpinion", "属实"));
    JsonNode review = ok(rest.as("reviewer1", "GET", "/api/tasks/" + task(pi).getId() + "/handling", null));
    assertThat(review.get("transferUnits")).isEmpty();
    assertThat(rest.as("reviewer1", "POST", "/api/tasks/" + task(pi).getId() + "/transfer",
        "{\"unitCode\":\"" + P1Fixtures.TOWNSHIP_B + "\",\"reason\":\"x\"}").statusCode()).isEqualTo(400);
    runtime.deleteProcessInstance(pi.getId(), "test over");
  }

  @Test
  void p1TheVillageTransfersToAnotherVillageWithAReasonAndAccessMovesWithIt() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String step = task(pi).getId();
    String path = "/api/tasks/" + step + "/transfer";

    HttpResponse<String> unknown = rest.as("clerk1", "POST", path, "{\"unitCode\":\"220102001009\",\"reason\":\"户籍在该村\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("220102001009 不存在");
    assertThat(rest.as("clerk1", "POST", path, "{\"unitCode\":\"220102001002\"}").body()).contains("转办理由必填");
    assertThat(rest.as("clerk1", "POST", path, "{\"unitCode\":\"220102001\",\"reason\":\"x\"}").statusCode()).isEqualTo(400);
    assertThat(rest.as("reviewer1", "POST", path, "{\"unitCode\":\"220102001002\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(runtime.getVariable(pi.getId(), "villageCode")).isEqualTo(P1Fixtures.VILLAGE_A);

    ok(rest.as("clerk1", "POST", path, "{\"unitCode\":\"220102001002\",\"reason\":\"申请人经常居住地在和平社区\"}"));

    assertThat(tasks.getIdentityLinksForTask(step)).extracting(l -> l.getGroupId()).contains("village-220102001002")
        .doesNotContain("village-" + P1Fixtures.VILLAGE_A);
    assertThat(runtime.getVariables(pi.getId())).containsEntry("villageCode", "220102001002")
        .containsEntry("villageName", "和平社区").containsEntry("townshipCode", P1Fixtures.TOWNSHIP_A);
    assertThat(rest.as("clerk1", "GET", "/engine-rest/task/" + step, null).statusCode()).isEqualTo(404);
    assertThat(rest.as("clerk1", "GET", "/api/cases/" + pi.getBusinessKey() + "/timeline", null).statusCode()).isEqualTo(404);
    JsonNodeAssert.timelineSays(ok(rest.as("reviewer1", "GET", "/api/cases/" + pi.getBusinessKey() + "/timeline", null)),
        "转办：村（社区）调查核实");
  }

  @Test
  void p3AVillageCaseTransferredToAnotherTownshipsVillageTakesItsTownshipAlong() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
    String step = task(pi).getId();

    ok(rest.as("clerk1", "POST", "/api/tasks/" + step + "/transfer",
        "{\"unitCode\":\"" + P1Fixtures.VILLAGE_B + "\",\"reason\":\"户籍和居住地均在永安村\"}"));

    assertThat(runtime.getVariables(pi.getId())).containsEntry("villageCode", P1Fixtures.VILLAGE_B)
        .containsEntry("townshipCode", P1Fixtures.TOWNSHIP_B).containsEntry("townshipName", "永安镇");
    assertThat(rest.as("reviewer1", "GET", "/api/cases/" + pi.getBusinessKey() + "/timeline", null).statusCode())
        .isEqualTo(404);
    ok(rest.as("clerk2", "POST", "/engine-rest/task/" + step + "/claim", "{\"userId\":\"clerk2\"}"));
    ok(rest.as("clerk2", "POST", "/engine-rest/task/" + step + "/complete",
        variables(Map.of("villageVerified", true, "villageOpinion", "属实"))));
    Task economy = task(pi);
    assertThat(tasks.getIdentityLinksForTask(economy.getId())).extracting(l -> l.getGroupId())
        .contains("township-" + P1Fixtures.TOWNSHIP_B);
    ok(rest.as("reviewer2", "GET", "/engine-rest/task/" + economy.getId(), null));

    // A township step cannot leave its village behind in another township.
    HttpResponse<String> township = rest.as("reviewer2", "POST", "/api/tasks/" + economy.getId() + "/transfer",
        "{\"unitCode\":\"" + P1Fixtures.TOWNSHIP_A + "\",\"reason\":\"x\"}");
    assertThat(township.statusCode()).isEqualTo(400);
    assertThat(township.body()).contains("不属于幸福街道");
    // Other tests count what 永安村's clerk sees: the case leaves nothing open for them.
    runtime.deleteProcessInstance(pi.getId(), "test over");
  }

  @Test
  void p3ACopyGivesAnotherUnitReadingAndNoStep() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
    String copies = "/api/cases/" + pi.getBusinessKey() + "/copies";
    String timeline = "/api/cases/" + pi.getBusinessKey() + "/timeline";
    assertThat(rest.as("reviewer2", "GET", timeline, null).statusCode()).isEqualTo(404);
    assertThat(rest.as("reviewer1", "POST", copies, "{\"unitCode\":\"220102009\"}").statusCode()).isEqualTo(400);
    assertThat(rest.as("reviewer2", "POST", copies, "{\"unitCode\":\"220102002\"}").statusCode()).isEqualTo(404);

    ok(rest.as("reviewer1", "POST", copies, "{\"unitCode\":\"220102002\",\"note\":\"申请人曾在永安镇申请，供参考\"}"));

    ok(rest.as("reviewer2", "GET", timeline, null));
    ok(rest.as("reviewer2", "GET", "/engine-rest/process-instance/" + pi.getId(), null));
    String step = task(pi).getId();
    assertThat(rest.as("reviewer2", "POST", "/engine-rest/task/" + step + "/claim", "{\"userId\":\"reviewer2\"}")
        .statusCode()).isIn(403, 404);
    assertThat(rest.as("reviewer2", "POST", "/api/tasks/" + step + "/transfer",
        "{\"unitCode\":\"220102002001\",\"reason\":\"x\"}").statusCode()).isIn(403, 404);
    assertThat(task(pi).getAssignee()).isNull();
  }

  private Task task(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  /** A second member of the unit, password demo. */
  private String colleagueOf(String group) {
    String id = "colleague" + System.nanoTime();
    User user = identity.newUser(id);
    user.setFirstName("同事");
    user.setLastName("王");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private static final class JsonNodeAssert {
    static void timelineSays(com.fasterxml.jackson.databind.JsonNode timeline, String what) {
      assertThat(timeline.get("entries").toString()).contains(what);
    }
  }
}
