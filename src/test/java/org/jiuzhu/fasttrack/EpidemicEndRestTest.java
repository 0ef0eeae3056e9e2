package org.jiuzhu.fasttrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.epidemic.EpidemicEnds;
import org.jiuzhu.fasttrack.FastTrackFixtures.Area;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 宣布疫情结束 over HTTP, as county staff and as an attacker would try it: a township's reviewer, a village clerk and
 * another county's officer are refused; the county's own officer declares it once; an admin may for any county.
 * And a fast-track case over HTTP: its units read its three-level archive, another township does not find it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EpidemicEndRestTest {

  private static final String START = "/engine-rest/process-definition/key/epidemic-end/start";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired LocalStandards standards;
  @Autowired EpidemicEnds ends;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onlyTheCountysOwnStaffDeclareItsEndOnceAndAnAdminForAnyCounty() throws Exception {
    Area own = freshCounty();
    Area other = freshCounty();
    String officer = officerOf(own);
    String stranger = officerOf(other);
    String today = ChinaClock.today().toString();

    for (String attacker : List.of("reviewer1", "clerk1", stranger)) {
      HttpResponse<String> refused = rest().as(attacker, "POST", START, end(own.county(), today));
      assertThat(refused.statusCode()).as(attacker + ": " + refused.body()).isEqualTo(403);
    }
    assertThat(ends.of(own.county())).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE user_id = ? AND county_code = ? AND action LIKE ?",
        Long.class, stranger, own.county(), "拒绝：为其他县%")).isEqualTo(1L);
    // Nor may staff move the waiting cases themselves.
    assertThat(rest().as(officer, "POST", "/engine-rest/message",
        "{\"messageName\":\"Message_EpidemicEnded\",\"all\":true,\"processVariables\":{\"countyCode\":{\"value\":\""
            + own.county() + "\"}}}").statusCode()).isEqualTo(403);

    HttpResponse<String> future = rest().as(officer, "POST", START, end(own.county(), ChinaClock.today().plusDays(1).toString()));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("endedOn").contains("疫情结束日期");

    JsonNode declared = ok(rest().as(officer, "POST", START, end(own.county(), today)));
    String number = declared.get("businessKey").asText();
    assertThat(number).startsWith("YQJS-");
    EpidemicEnds.End recorded = ends.of(own.county()).orElseThrow();
    assertThat(recorded.declaredBy()).isEqualTo(officer);
    assertThat(recorded.businessKey()).isEqualTo(number);
    assertThat(trail.of(number)).extracting(AuditEvent::userId, AuditEvent::action)
        .contains(tuple(officer, "宣布疫情结束"));

    JsonNode state = ok(rest().as("clerk1", "GET", "/api/epidemic-ends/" + own.county(), null));
    assertThat(state.get("declaredBy").asText()).isEqualTo(officer);
    assertThat(state.get("endedOn").asText()).isEqualTo(today);
    assertThat(rest().as("clerk1", "GET", "/api/epidemic-ends/220102", null).statusCode()).isEqualTo(404);

    HttpResponse<String> again = rest().as(officer, "POST", START, end(own.county(), today));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("countyCode").contains("已宣布疫情结束");

    // Left empty, the county is the officer's own; an admin has none and must name one.
    ok(rest().as(stranger, "POST", START, end("", today)));
    assertThat(ends.of(other.county()).orElseThrow().declaredBy()).isEqualTo(stranger);
    HttpResponse<String> unnamed = rest().as("demo", "POST", START, end("", today));
    assertThat(unnamed.statusCode()).isEqualTo(400);
    assertThat(unnamed.body()).contains("countyCode");
    Area third = freshCounty();
    ok(rest().as("demo", "POST", START, end(third.county(), today)));
    assertThat(ends.of(third.county()).orElseThrow().declaredBy()).isEqualTo("demo");
  }

  @Test
  void aFastTrackCaseIsFiledAtThreeLevelsTheSameDayAndOnlyItsUnitsReadTheRecords() throws Exception {
    // In 南关区's 幸福社区, whose end no test declares.
    Map<String, Object> application = DibaoFixtures.application("DIBAO",
        List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber()), "200", "0");
    JsonNode started = ok(rest().as("clerk1", "POST", "/engine-rest/process-definition/key/" + FastTrackFixtures.KEY + "/start",
        variables(application)));
    String pi = started.get("id").asText();
    String key = started.get("businessKey").asText();
    assertThat(key).startsWith("DBTB-");

    complete(pi, "Task_ReviewInVillage", "clerk1", Map.of("verificationMethod", "VIDEO", "villageVerified", true,
        "villageOpinion", "视频核实属实"));
    HttpResponse<String> wrongTownship = completion(pi, "Task_ApproveInTownship", "reviewer2",
        Map.of("townshipApproved", true, "townshipOpinion", "同意"));
    assertThat(wrongTownship.statusCode()).isIn(403, 404);
    complete(pi, "Task_ApproveInTownship", "reviewer1", Map.of("townshipApproved", true, "townshipOpinion", "同意先行纳入"));
    JsonNode pay = ok(rest().as("demo", "GET", "/engine-rest/job?processInstanceId=" + pi + "&activityId=Task_PayTemporaryAssistance", null));
    assertThat(rest().as("demo", "POST", "/engine-rest/job/" + pay.get(0).get("id").asText() + "/execute", null).statusCode())
        .isEqualTo(204);
    complete(pi, "Task_FileInCounty", "officer1", Map.of("countyFilingOpinion", "已备案"));

    JsonNode records = ok(rest().as("reviewer1", "GET", "/api/fast-track/" + key, null));
    assertThat(records.get("archives")).extracting(a -> a.get("archiveLevel").asText())
        .containsExactly("VILLAGE", "TOWNSHIP", "COUNTY");
    assertThat(records.get("recovery").isNull()).isTrue();
    assertThat(ok(rest().as("supervisor1", "GET", "/api/fast-track/" + key, null)).get("archives")).hasSize(3);
    assertThat(rest().as("reviewer2", "GET", "/api/fast-track/" + key, null).statusCode()).isEqualTo(404);
    JsonNode payments = ok(rest().as("reviewer1", "GET", "/api/payments?businessKey=" + key, null));
    assertThat(payments).singleElement().satisfies(p -> assertThat(p.get("amount").decimalValue()).isEqualByComparingTo("760.00"));
  }

  // ------------------------------------------------------------------------------------------------------

  /** A fresh county with its officer (county-&lt;code&gt;), both made by an admin over REST as in production. */
  private Area freshCounty() {
    return FastTrackFixtures.freshArea(orgUnits, standards);
  }

  private String officerOf(Area area) throws Exception {
    String group = "county-" + area.county();
    String user = "officer" + area.county();
    ok(rest().as("demo", "POST", "/engine-rest/group/create", "{\"id\":\"" + group + "\",\"name\":\"" + group
        + "\",\"type\":\"WORKFLOW\"}"));
    ok(rest().as("demo", "POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + user
        + "\",\"firstName\":\"官\",\"lastName\":\"县\",\"email\":\"" + user + "@example.org\"},\"credentials\":{\"password\":\"demo\"}}"));
    ok(rest().as("demo", "PUT", "/engine-rest/group/" + group + "/members/" + user, null));
    return user;
  }

  private static String end(String county, String endedOn) throws Exception {
    return variables(Map.of("countyCode", county, "endedOn", endedOn, "basis", "县疫情防控指挥部通告〔2026〕1号"));
  }

  private void complete(String pi, String taskKey, String user, Map<String, Object> values) throws Exception {
    HttpResponse<String> done = completion(pi, taskKey, user, values);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private HttpResponse<String> completion(String pi, String taskKey, String user, Map<String, Object> values)
      throws Exception {
    JsonNode found = ok(rest().as("demo", "GET", "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey, null));
    assertThat(found).hasSize(1);
    return rest().as(user, "POST", "/engine-rest/task/" + found.get(0).get("id").asText() + "/complete", variables(values));
  }

  private RestCalls rest() {
    return new RestCalls(port);
  }
}
