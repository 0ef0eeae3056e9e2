package org.jiuzhu.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** 办理过程: the case's units read its steps and decisions in Chinese; another township and the supervisors do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TimelineRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void theUnitsOnTheCaseReadEachStepAndDecisionWithItsOpinionAndNobodyElseDoes() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String path = "/api/cases/" + pi.getBusinessKey() + "/timeline";
    ok(rest.as("clerk1", "POST", "/engine-rest/task/" + task(pi) + "/claim", "{\"userId\":\"clerk1\"}"));
    ok(rest.as("clerk1", "POST", "/engine-rest/task/" + task(pi) + "/complete", RestCalls.variables(
        Map.of("villageVerified", true, "villageOpinion", "经入户核实，情况属实"))));
    ok(rest.as("reviewer1", "POST", "/engine-rest/task/" + task(pi) + "/claim", "{\"userId\":\"reviewer1\"}"));
    ok(rest.as("reviewer1", "POST", "/engine-rest/task/" + task(pi) + "/complete", RestCalls.variables(
        Map.of("returned", true, "returnReason", "请补充证明人联系方式"))));

    JsonNode timeline = ok(rest.as("reviewer1", "GET", path, null));
    assertThat(timeline.get("steps")).extracting(s -> s.get("name").asText())
        .containsExactly("村（社区）调查核实", "乡镇（街道）复核", "村（社区）调查核实");
    assertThat(timeline.get("steps").get(0).get("handler").asText()).isEqualTo("clerk1");
    assertThat(timeline.get("steps").get(2).get("doneAt").isNull()).isTrue();
    assertThat(timeline.get("entries").toString()).contains("情况是否属实：是").contains("调查核实意见：经入户核实，情况属实")
        .contains("退回（第1次）：乡镇（街道）复核").contains("退回理由：请补充证明人联系方式")
        .doesNotContain("认领");

    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk1:demo".getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("办理过程 " + pi.getBusinessKey()).contains("决定与意见").contains("办理中")
        .contains("退回理由：请补充证明人联系方式");

    HttpResponse<String> otherTownship = rest.as("reviewer2", "GET", path, null);
    assertThat(otherTownship.statusCode()).isEqualTo(404);
    assertThat(otherTownship.body()).contains("没有案件");
    HttpResponse<String> supervisor = rest.as("supervisor1", "GET", path, null);
    assertThat(supervisor.statusCode()).isEqualTo(403);
    assertThat(supervisor.body()).contains("办理过程只供办理本案件");
  }

  private String task(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }
}
