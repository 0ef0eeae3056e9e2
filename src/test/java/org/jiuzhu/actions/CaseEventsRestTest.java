package org.jiuzhu.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.RestCalls;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.dibao.DibaoEnrolments;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.installments.InstallmentSchedule;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Events staff raise from Tasklist, over /engine-rest as Tasklist's start dialog does: the case's township
 * (reviewer1, not an admin) records an objection during the 公示 and a change of circumstances during the
 * installments; anyone else, or a case not waiting for the event, is refused in Chinese and nothing happens.
 * clerk1 works for the case's village, reviewer2 for another township, officer1 for the county.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseEventsRestTest {

  private static final String OBJECTION = "/engine-rest/process-definition/key/raise-objection/start";
  private static final String CHANGE = "/engine-rest/process-definition/key/raise-circumstances-changed/start";
  private static final String SUSPEND = "/engine-rest/process-definition/key/raise-payment-suspension/start";
  private static final String RESUME = "/engine-rest/process-definition/key/raise-payment-resumption/start";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired InstallmentSchedule schedule;
  @Autowired ProcessEngine engine;

  @Test
  void theTownshipRecordsAnObjectionDuringTheNoticeAndNobodyElseCan() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = inPublicNotice();
    String caseNumber = pi.getBusinessKey();
    long events = history.createHistoricProcessInstanceQuery().processDefinitionKey("raise-objection").count();
    String body = variables(Map.of("caseNumber", caseNumber, "objectionReason", "群众反映申请人名下有一辆营运车辆"));

    HttpResponse<String> otherTownship = rest.as("reviewer2", "POST", OBJECTION, body);
    assertThat(otherTownship.statusCode()).as(otherTownship.body()).isEqualTo(400);
    assertThat(otherTownship.body()).contains("案件编号").contains("未找到案件");
    HttpResponse<String> village = rest.as("clerk1", "POST", OBJECTION, body);
    assertThat(village.statusCode()).as(village.body()).isEqualTo(403);
    assertThat(village.body()).contains("只有案件所在单位（township-" + P3Fixtures.TOWNSHIP_A + "）可以登记公示异议");
    assertThat(rest.as("officer1", "POST", OBJECTION, body).statusCode()).isEqualTo(403);
    HttpResponse<String> noReason = rest.as("reviewer1", "POST", OBJECTION,
        variables(Map.of("caseNumber", caseNumber, "objectionReason", " ")));
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("异议内容");
    // A message sent directly is staff's no more than before.
    assertThat(rest.as("reviewer1", "POST", "/engine-rest/message", "{\"messageName\":\"Message_Objection\","
        + "\"businessKey\":\"" + caseNumber + "\",\"processVariables\":{\"objectionReason\":{\"value\":\"x\"}}}")
        .statusCode()).isEqualTo(403);

    assertThat(runtime.createExecutionQuery().processInstanceId(pi.getId()).activityId("Gateway_PublicNotice").count())
        .isOne();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("objectionCount");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("raise-objection").count())
        .isEqualTo(events);

    ok(rest.as("reviewer1", "POST", OBJECTION, body));

    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewInTownship").count())
        .isOne();
    assertThat(runtime.getVariables(pi.getId())).containsEntry("objectionCount", 1L)
        .containsEntry("objectionReason", "群众反映申请人名下有一辆营运车辆");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("raise-objection").finished()
        .startedBy("reviewer1").count()).isEqualTo(1);

    // The notice is over for this case: a second objection is told so.
    HttpResponse<String> late = rest.as("reviewer1", "POST", OBJECTION, body);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
    assertThat(late.body()).contains("该案件当前不在公示期");
  }

  @Test
  void theTownshipStopsTheRemainingInstallmentsWithTheReason() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance pi = inPublicNotice();
    String change = variables(Map.of("caseNumber", pi.getBusinessKey(), "changeReason", "申请人已获医疗保险二次报销"));
    HttpResponse<String> tooEarly = rest.as("reviewer1", "POST", CHANGE, change);
    assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(400);
    assertThat(tooEarly.body()).contains("不在分次发放中");

    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PublicNoticeEnded")
        .singleResult().getId());
    assertThat(runtime.createExecutionQuery().processInstanceId(pi.getId()).activityId("Event_InstallmentDue").count())
        .isOne();
    assertThat(rest.as("reviewer2", "POST", CHANGE, change).statusCode()).isEqualTo(400);
    assertThat(rest.as("clerk1", "POST", CHANGE, change).statusCode()).isEqualTo(403);
    assertThat(schedule.stopOf(pi.getBusinessKey())).isEmpty();

    ok(rest.as("reviewer1", "POST", CHANGE, change));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(schedule.stopOf(pi.getBusinessKey())).hasValueSatisfying(s -> assertThat(s.reason()).contains("二次报销"));
  }

  @Test
  void theTownshipSuspendsAndResumesARunningCasesPaymentsFromTasklist() throws Exception {
    RestCalls rest = new RestCalls(port);
    ProcessInstance running;
    BpmnAwareTests.init(engine);
    try {
      at(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
      running = DibaoEnrolments.enrolledHousehold(List.of(P1Fixtures.idNumber()), "100");
    } finally {
      ClockUtil.reset();
    }
    String key = running.getBusinessKey();
    String suspend = variables(Map.of("caseNumber", key, "suspensionReason", "核查时联系不上家庭"));

    assertThat(rest.as("clerk1", "POST", SUSPEND, suspend).statusCode()).isEqualTo(403);
    HttpResponse<String> otherTownship = rest.as("reviewer2", "POST", SUSPEND, suspend);
    assertThat(otherTownship.statusCode()).as(otherTownship.body()).isEqualTo(400);
    assertThat(otherTownship.body()).contains("未找到案件");
    HttpResponse<String> notSuspended = rest.as("reviewer1", "POST", RESUME,
        variables(Map.of("caseNumber", key, "resumptionReason", "已联系上")));
    assertThat(notSuspended.statusCode()).as(notSuspended.body()).isEqualTo(400);
    assertThat(notSuspended.body()).contains("没有暂停发放");

    ok(rest.as("reviewer1", "POST", SUSPEND, suspend));
    JsonNode history = ok(rest.as("reviewer1", "GET", "/api/cases/" + key + "/benefit-history", null));
    assertThat(history.get(history.size() - 1).get("newValue").asText()).isEqualTo("SUSPENDED");
    assertThat(history.get(history.size() - 1).get("changedBy").asText()).isEqualTo("reviewer1");
    HttpResponse<String> twice = rest.as("reviewer1", "POST", SUSPEND, suspend);
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
    assertThat(twice.body()).contains("已暂停发放");

    ok(rest.as("reviewer1", "POST", RESUME, variables(Map.of("caseNumber", key, "resumptionReason", "已联系上"))));
    history = ok(rest.as("supervisor1", "GET", "/api/cases/" + key + "/benefit-history", null));
    assertThat(history.get(history.size() - 1).get("newValue").asText()).isEqualTo("ACTIVE");
  }

  /** A P3 case of 幸福街道 whose notice the township has posted today, driven by the system. */
  private ProcessInstance inPublicNotice() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, P3Fixtures.application(P1Fixtures.idNumber()));
    complete(pi, Map.of("villageVerified", true, "villageOpinion", "属实"));
    complete(pi, Map.of("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete(pi, Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "1000",
        "installmentCount", 2, "firstInstallmentDate", ChinaClock.today().plusMonths(1).toString()));
    complete(pi, Map.of("noticeContent", "拟给予支出型临时救助1000元", "noticePlace", "幸福社区公示栏",
        "noticeFrom", ChinaClock.today().toString(), "noticeTo", ChinaClock.today().plusDays(6).toString(),
        "noticePostedBy", "李明"));
    return pi;
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
  }
}
