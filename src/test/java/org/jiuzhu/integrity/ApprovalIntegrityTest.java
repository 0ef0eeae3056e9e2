package org.jiuzhu.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.problemFields;
import static org.jiuzhu.RestCalls.variables;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jiuzhu.EngineApi;
import org.jiuzhu.emergency.P2Fixtures;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The attacks an outside tester made on the approval, each through /engine-rest and through the webapps'
 * /camunda/api/engine: every one refused with a short Chinese answer, nothing changed, and the attempt audited.
 * clerk1 works for village 220102001001, reviewer1 for its township, supervisor1 supervises the county.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalIntegrityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String P1_START = "/process-definition/key/" + P1Fixtures.KEY + "/start";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentLedger ledger;
  @Autowired ReserveFunds reserveFunds;

  Stream<EngineApi> apis() {
    return Stream.of(EngineApi.rest(port), EngineApi.webapps(port));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aStartCannotSkipStepsForgeItsNumberOrCarryUndeclaredVariables(EngineApi api) throws Exception {
    long cases = runtime.createProcessInstanceQuery().count();
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("approvedAmount", "99999.99");
    ObjectNodeBuilder forged = new ObjectNodeBuilder(variables(application))
        .put("businessKey", "LSJZ-2026-999999")
        .put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_PayGrant")))
        .put("skipCustomListeners", true);

    HttpResponse<String> all = api.call("clerk1", "POST", P1_START, forged.json());
    assertRefused(all, 400, "startInstructions");

    HttpResponse<String> instructionsOnly = api.call("clerk1", "POST", P1_START,
        new ObjectNodeBuilder(variables(P1Fixtures.application(P1Fixtures.idNumber())))
            .put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_PayGrant")))
            .json());
    assertRefused(instructionsOnly, 400, "管理员");
    assertThat(problemFields(instructionsOnly)).containsExactly("startInstructions");

    HttpResponse<String> ownNumber = api.call("clerk1", "POST", P1_START,
        new ObjectNodeBuilder(variables(P1Fixtures.application(P1Fixtures.idNumber())))
            .put("businessKey", "LSJZ-2026-999999").json());
    assertRefused(ownNumber, 400, "businessKey");
    assertThat(problemFields(ownNumber)).containsExactly("businessKey");

    HttpResponse<String> undeclared = api.call("clerk1", "POST", P1_START, variables(application));
    assertRefused(undeclared, 400, "approvedAmount");
    assertThat(problemFields(undeclared)).containsExactly("approvedAmount");

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
    assertThat(ledger.of("LSJZ-2026-999999")).isEmpty();
    assertThat(refusalsOf("clerk1")).isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void proceduresTheSystemStartsCannotBeStartedByStaff(EngineApi api) throws Exception {
    long cases = runtime.createProcessInstanceQuery().count();
    for (String key : List.of("monthly-report", "dibao-case")) {
      for (String staff : List.of("clerk1", "reviewer1")) {
        HttpResponse<String> start = api.call(staff, "POST", "/process-definition/key/" + key + "/start", "{}");
        assertThat(start.statusCode()).as(staff + " starts " + key + ": " + start.body()).isIn(403, 404);
        assertNoEngineText(start);
      }
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aReserveFundCannotBeDrawnByStartingAtItsStep(EngineApi api) throws Exception {
    BigDecimal before = reserveFunds.balance(P1Fixtures.TOWNSHIP_B);
    Map<String, Object> emergency = P2Fixtures.request(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_B);
    HttpResponse<String> draw = api.call("reviewer1", "POST", "/process-definition/key/" + P2Fixtures.KEY + "/start",
        new ObjectNodeBuilder(variables(emergency))
            .put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DrawReserveFund")))
            .json());
    assertRefused(draw, 400, "startInstructions");
    assertThat(reserveFunds.balance(P1Fixtures.TOWNSHIP_B)).isEqualByComparingTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aStepTakesOnlyItsOwnVariablesAndTheTaskStaysOpen(EngineApi api) throws Exception {
    String pi = startP1AsClerk();
    String otherCase = startP1AsClerk();
    String task = taskOf(pi, "Task_VerifyInVillage");
    Object payee = runtime.getVariable(pi, "applicantRef");

    Map<String, Map<String, Object>> forgeries = new HashMap<>();
    forgeries.put("applicantRef", Map.of("value", runtime.getVariable(otherCase, "applicantRef")));
    forgeries.put("townshipCode", Map.of("value", P1Fixtures.TOWNSHIP_B));
    forgeries.put("approvedAmount", Map.of("value", "1000.00"));
    forgeries.put("outcome", Map.of("value", "PAID"));
    forgeries.put("assistanceKind", Map.of("value", "EMERGENCY"));
    forgeries.put("installmentPlan", Map.of("value", "[]"));
    for (Map.Entry<String, Map<String, Object>> forged : forgeries.entrySet()) {
      Map<String, Object> body = new HashMap<>(verified());
      body.put(forged.getKey(), forged.getValue());
      HttpResponse<String> completion = api.call("clerk1", "POST", "/task/" + task + "/complete",
          JSON.writeValueAsString(Map.of("variables", body)));
      assertRefused(completion, 400, forged.getKey());
      assertThat(problemFields(completion)).containsExactly(forged.getKey());
    }
    HttpResponse<String> submitForm = api.call("clerk1", "POST", "/task/" + task + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", Map.of("villageVerified", Map.of("value", true),
            "villageOpinion", Map.of("value", "属实"), "townshipCode", Map.of("value", P1Fixtures.TOWNSHIP_B)))));
    assertRefused(submitForm, 400, "townshipCode");

    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtime.getVariable(pi, "applicantRef")).isEqualTo(payee);
    assertThat(runtime.getVariable(pi, "townshipCode")).isEqualTo(P1Fixtures.TOWNSHIP_A);
    assertThat(runtime.getVariable(pi, "outcome")).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE user_id = 'clerk1' AND business_key = ?"
        + " AND action LIKE '拒绝%'", Long.class, runtime.getVariable(pi, "caseNumber"))).isEqualTo(7);

    // A form that shows case facts may send them back unchanged, as Tasklist does.
    Map<String, Object> body = new HashMap<>(verified());
    body.put("applicantName", Map.of("value", "张三"));
    body.put("monthsWithoutIncome", Map.of("value", 4, "type", "Integer"));
    body.put("townshipCode", Map.of("value", P1Fixtures.TOWNSHIP_A));
    HttpResponse<String> honest = api.call("clerk1", "POST", "/task/" + task + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", body)));
    assertThat(honest.statusCode()).as(honest.body()).isBetween(200, 204);
    assertThat(taskOf(pi, "Task_ReviewInTownship")).isNotNull();
    assertThat(runtime.getVariable(pi, "monthsWithoutIncome")).isEqualTo(4L);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void staffCannotWriteVariablesModifyCasesOrCorrelateMessages(EngineApi api) throws Exception {
    String pi = startP1AsClerk();
    String task = taskOf(pi, "Task_VerifyInVillage");
    String execution = runtime.createExecutionQuery().processInstanceId(pi).activityId("Task_VerifyInVillage")
        .singleResult().getId();
    String forged = "{\"value\":\"" + P1Fixtures.TOWNSHIP_B + "\"}";
    String modifications = "{\"modifications\":{\"townshipCode\":" + forged + "}}";
    List<HttpResponse<String>> attempts = List.of(
        api.call("clerk1", "PUT", "/process-instance/" + pi + "/variables/townshipCode", forged),
        api.call("clerk1", "POST", "/process-instance/" + pi + "/variables", modifications),
        api.call("clerk1", "PUT", "/task/" + task + "/variables/townshipCode", forged),
        api.call("clerk1", "PUT", "/task/" + task + "/localVariables/townshipCode", forged),
        api.call("clerk1", "POST", "/task/" + task + "/localVariables", modifications),
        api.call("clerk1", "PUT", "/execution/" + execution + "/localVariables/townshipCode", forged),
        api.call("clerk1", "POST", "/process-instance/" + pi + "/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_PayGrant\"}]}"),
        api.call("clerk1", "POST", "/task/" + task + "/bpmnError", "{\"errorCode\":\"x\",\"variables\":{\"townshipCode\":"
            + forged + "}}"),
        api.call("reviewer1", "POST", "/message", "{\"messageName\":\"Message_Objection\",\"processInstanceId\":\"" + pi
            + "\",\"processVariables\":{\"townshipCode\":" + forged + "}}"),
        api.call("supervisor1", "POST", "/signal", "{\"name\":\"x\",\"variables\":{\"townshipCode\":" + forged + "}}"),
        api.call("clerk1", "POST", "/identity/verify", "{\"username\":\"demo\",\"password\":\"guess\"}"));
    for (HttpResponse<String> attempt : attempts) {
      assertThat(attempt.statusCode()).as(attempt.body()).isIn(400, 403);
      assertNoEngineText(attempt);
    }
    assertThat(runtime.getVariable(pi, "townshipCode")).isEqualTo(P1Fixtures.TOWNSHIP_A);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtime.createExecutionQuery().processInstanceId(pi).activityId("Task_PayGrant").count()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aSupervisorsCompletionCannotMoveTheCase(EngineApi api) throws Exception {
    String pi = startP1AsClerk();
    String timer = management.createJobQuery().processInstanceId(pi).timers().singleResult().getId();
    management.executeJob(timer);
    String supervision = taskOf(pi, "Task_SuperviseVillageOverdue");
    HttpResponse<String> moved = api.call("supervisor1", "POST", "/task/" + supervision + "/complete",
        "{\"variables\":{\"supervisionNote\":{\"value\":\"已督促\"},\"townshipCode\":{\"value\":\"" + P1Fixtures.TOWNSHIP_B
            + "\"}}}");
    assertRefused(moved, 400, "townshipCode");
    assertThat(runtime.getVariable(pi, "townshipCode")).isEqualTo(P1Fixtures.TOWNSHIP_A);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void refusedJobCallsChangeNothingAboutTheJob(EngineApi api) throws Exception {
    String pi = startP1AsClerk();
    Job timer = management.createJobQuery().processInstanceId(pi).timers().singleResult();
    for (int i = 0; i < 4; i++) {
      assertRefused(api.call("clerk1", "POST", "/job/" + timer.getId() + "/execute", null), 403, "管理员");
    }
    assertRefused(api.call("clerk1", "PUT", "/job/" + timer.getId() + "/retries", "{\"retries\":0}"), 403, "管理员");
    assertRefused(api.call("clerk1", "PUT", "/job/" + timer.getId() + "/duedate", "{\"duedate\":null}"), 403, "管理员");
    assertRefused(api.call("supervisor1", "PUT", "/job/" + timer.getId() + "/suspended", "{\"suspended\":true}"), 403,
        "管理员");

    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(taskOf(pi, "Task_VerifyInVillage")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void noExpressionInAStoredFilterIsSavedOrRun(EngineApi api) throws Exception {
    JsonNode own = JSON.readTree(api.call("clerk1", "GET", "/filter?resourceType=Task", null).body()).get(0);
    String id = own.get("id").asText();
    String query = JSON.writeValueAsString(own.get("query"));
    String update = "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"orQueries\":[{\"assigneeExpression\":"
        + "\"${execution.getProcessEngineServices().getIdentityService()}\"}]}}";
    HttpResponse<String> staffUpdate = api.call("clerk1", "PUT", "/filter/" + id, update);
    assertThat(staffUpdate.statusCode()).as(staffUpdate.body()).isIn(400, 403);
    assertNoEngineText(staffUpdate);
    // Not even an admin, who may edit any filter, stores an expression.
    assertRefused(api.call("demo", "PUT", "/filter/" + id, update), 400, "表达式");
    assertThat(JSON.writeValueAsString(JSON.readTree(api.call("clerk1", "GET", "/filter/" + id, null).body())
        .get("query"))).isEqualTo(query);
    assertRefused(api.call("demo", "POST", "/filter/create", update), 400, "表达式");

    // A filter stored before this guard existed (written straight into the table) is refused when run.
    String legacy = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_FILTER WHERE ID_ = ?", String.class, id);
    String stored = jdbc.queryForObject("SELECT QUERY_ FROM ACT_RU_FILTER WHERE ID_ = ?", String.class, legacy);
    jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}", legacy);
    try {
      for (String path : List.of("/count", "/list", "/singleResult")) {
        assertRefused(api.call("clerk1", "GET", "/filter/" + legacy + path, null), 400, "表达式");
      }
    } finally {
      jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?", stored, legacy);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void racesAndMistakesGetShortChineseAnswers(EngineApi api) throws Exception {
    String pi = startP1AsClerk();
    String task = taskOf(pi, "Task_VerifyInVillage");
    assertThat(api.call("demo", "POST", "/task/" + task + "/claim", "{\"userId\":\"reviewer1\"}").statusCode()).isEqualTo(204);
    assertRefused(api.call("clerk1", "POST", "/task/" + task + "/claim", "{\"userId\":\"clerk1\"}"), 409, "认领");
    assertThat(api.call("demo", "POST", "/task/" + task + "/unclaim", null).statusCode()).isEqualTo(204);

    assertThat(api.call("clerk1", "POST", "/task/" + task + "/complete", JSON.writeValueAsString(Map.of("variables",
        verified()))).statusCode()).isEqualTo(204);
    assertRefused(api.call("clerk1", "POST", "/task/" + task + "/complete",
        JSON.writeValueAsString(Map.of("variables", verified()))), 409, "已办结");
    assertRefused(api.call("clerk1", "POST", "/task/no-such-task/complete", "{}"), 404, "未找到");
    assertRefused(api.call("clerk1", "GET", "/task?sortBy=nonsense&sortOrder=asc", null), 400, "请求参数");
    assertRefused(api.call("clerk1", "GET", "/task?dueBefore=not-a-date", null), 400, "请求参数");
    assertRefused(api.call("clerk1", "POST", "/task/" + task + "/complete", "{not json"), 400, "请求");
  }

  @Test
  void eightClerksCompletingOneTaskAtOnceGetOneSuccessAndConflicts() throws Exception {
    EngineApi api = EngineApi.rest(port);
    String pi = startP1AsClerk();
    String task = taskOf(pi, "Task_VerifyInVillage");
    String body = JSON.writeValueAsString(Map.of("variables", verified()));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> api.call("clerk1", "POST", "/task/" + task + "/complete", body));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : threads.invokeAll(calls)) {
        HttpResponse<String> response = answer.get();
        statuses.add(response.statusCode());
        if (response.statusCode() != 204) {
          assertRefused(response, 409, "");
        }
      }
      assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 409);
    } finally {
      threads.shutdownNow();
    }
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi).taskDefinitionKey("Task_VerifyInVillage")
        .count()).isOne();
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviewInTownship").count()).isOne();
  }

  private String startP1AsClerk() throws Exception {
    HttpResponse<String> started = EngineApi.rest(port).call("clerk1", "POST", P1_START,
        variables(P1Fixtures.application(P1Fixtures.idNumber())));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private String taskOf(String pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult().getId();
  }

  private static Map<String, Object> verified() {
    return Map.of("villageVerified", Map.of("value", true), "villageOpinion", Map.of("value", "经入户核实，情况属实"));
  }

  private long refusalsOf(String user) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE user_id = ? AND action LIKE '拒绝%'", Long.class,
        user);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String saying) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("message").asText()).as(response.body()).contains(saying).containsPattern("\\p{IsHan}");
    assertNoEngineText(response);
  }

  private static void assertNoEngineText(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("ENGINE-", "SQL", "org.camunda", "Exception:", "Cannot ", "\tat ")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
  }

  /** A JSON request body built from the contract's variables plus the extra members an attacker adds. */
  private static final class ObjectNodeBuilder {
    private final Map<String, Object> body;

    ObjectNodeBuilder(String variablesJson) throws Exception {
      this.body = JSON.readValue(variablesJson, Map.class);
    }

    ObjectNodeBuilder put(String name, Object value) {
      body.put(name, value);
      return this;
    }

    String json() throws Exception {
      return JSON.writeValueAsString(body);
    }
  }
}
