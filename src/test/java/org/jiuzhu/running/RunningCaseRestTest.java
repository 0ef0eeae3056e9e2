package org.jiuzhu.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.dibao.DibaoEnrolments.enrolledHousehold;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** The running case's endpoints over HTTP: its history of changes, the county's exit switch, the payout's month. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunningCaseRestTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  RestCalls rest;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.sql("DELETE FROM exit_suspension WHERE county_code = '220102'").update();
  }

  @Test
  void theHistoryOfChangesIsForTheCasesUnitsAndSupervisorsAndThePaymentsShowTheirMonth() throws Exception {
    at(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
    String c = enrolledHousehold(List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(), P1Fixtures.idNumber()),
        "500.00", "400.00", "0").getBusinessKey();
    ClockUtil.reset();
    String path = "/api/cases/" + c + "/benefit-history";

    JsonNode history = RestCalls.ok(rest.as("supervisor1", "GET", path, null));
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("what").asText()).isEqualTo("BENEFIT");
    assertThat(history.get(1).get("newValue").asText()).isEqualTo("1380.00");
    assertThat(history.get(1).get("changedBy").asText()).isEqualTo("system");
    assertThat(history.get(1).get("reason").asText()).startsWith("由申请案件 DBSQ-");
    assertThat(rest.as("supervisor2", "GET", path, null).statusCode()).isEqualTo(200);
    assertThat(rest.as("clerk1", "GET", path, null).statusCode()).isEqualTo(200);
    assertThat(rest.as("clerk2", "GET", path, null).statusCode()).isEqualTo(404);
    assertThat(rest.as(null, "GET", path, null).statusCode()).isEqualTo(401);

    jdbc.sql("""
        INSERT INTO payment (business_key, installment, amount, status, applicant_ref, paid_at, period)
        VALUES (?, 202604, 1380.00, 'PAID', 'ref', CURRENT_TIMESTAMP, '2026-04')""").param(c).update();
    JsonNode payments = RestCalls.ok(rest.as("officer1", "GET", "/api/payments?businessKey=" + c, null));
    assertThat(payments).hasSize(1);
    assertThat(payments.get(0).get("period").asText()).isEqualTo("2026-04");
    assertThat(payments.get(0).get("installment").asInt()).isEqualTo(202604);
  }

  @Test
  void theCountysExitSwitchIsItsStaffsAndAdminsAndBadInputIsRefusedNamingTheField() throws Exception {
    String path = "/api/counties/220102/exit-suspension";
    assertThat(rest.as("clerk1", "PUT", path, "{\"suspended\": true, \"reason\": \"疫情\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> bad = rest.as("officer1", "PUT", path, "{\"suspended\": \"maybe\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"suspended\"").contains("\"field\":\"reason\"");
    assertThat(RestCalls.ok(rest.as("officer1", "GET", path, null)).get("suspended").asBoolean()).isFalse();

    JsonNode on = RestCalls.ok(rest.as("officer1", "PUT", path, "{\"suspended\": true, \"reason\": \"疫情防控期间暂停退出\"}"));
    assertThat(on.get("suspended").asBoolean()).isTrue();
    assertThat(on.get("changedBy").asText()).isEqualTo("officer1");
    assertThat(RestCalls.ok(rest.as("demo", "PUT", path, "{\"suspended\": false, \"reason\": \"疫情结束\"}"))
        .get("suspended").asBoolean()).isFalse();
  }

  @Test
  void aPayoutForAMalformedOrFutureMonthIsRefusedWith400NamingMonth() throws Exception {
    for (String month : List.of("2026-13", "next", "2099-01")) {
      HttpResponse<String> refused = rest.as("demo", "POST", "/engine-rest/message", """
          {"messageName": "Message_PayoutRequested", "processVariables": {"month": {"value": "%s"}}}""".formatted(month));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("month");
    }
    assertThat(rest.as("officer1", "POST", "/engine-rest/message", """
        {"messageName": "Message_PayoutRequested", "processVariables": {"month": {"value": "2026-01"}}}""")
        .statusCode()).isEqualTo(403);
  }
}
