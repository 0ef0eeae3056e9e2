package org.jiuzhu.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;
import static org.jiuzhu.dibao.DibaoFixtures.*;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiuzhu.RestCalls;
import org.jiuzhu.TablesContaining;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.unemployed.P1Fixtures;
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

/** dibao-application over HTTP: bad households answered 400 naming field and line; member numbers never stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DibaoRestContractTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aClerksApplicationWithABadMemberIsRefusedWith400NamingFieldAndLineAndLeavesNoCase() throws Exception {
    String bad = P1Fixtures.idNumber();
    Map<String, Object> application = application("DIBAO", List.of(member("SELF", P1Fixtures.idNumber(), "100"),
        member("CHILD", bad.substring(0, 17) + (bad.charAt(17) == '0' ? "1" : "0"), "0"),
        member("CHILD", P1Fixtures.idNumber(), "-1")));
    int before = count();

    HttpResponse<String> refused = rest().as("clerk1", "POST", "/engine-rest/process-definition/key/" + KEY + "/start",
        variables(application));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("householdMembers[2].idNumber").contains("householdMembers[3].monthlyIncome")
        .doesNotContain(bad.substring(0, 17));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anEnrolledHouseholdsClearNumbersAreInNoTableAndNoLog(CapturedOutput log) throws Exception {
    String applicant = P1Fixtures.idNumber();
    String child = P1Fixtures.idNumber();
    JsonNode started = ok(rest().as("clerk1", "POST", "/engine-rest/process-definition/key/" + KEY + "/start",
        variables(application("DIBAO", List.of(applicant, child), "300", "0"))));
    String pi = started.get("id").asText();
    assertThat(started.get("businessKey").asText()).startsWith("DBSQ-");

    String today = ChinaClock.today().toString();
    complete(pi, "Task_InvestigateHousehold", "clerk1", Map.of("investigationMethod", "PHONE", "investigators", "王秀英",
        "investigationDate", today, "villageVerified", true, "villageOpinion", "电话核实属实"));
    complete(pi, "Task_CheckFamilyEconomy", "reviewer1", Map.of("economicCheckPassed", true, "economicCheckOpinion", "属实"));
    complete(pi, "Task_ReviewInTownship", "reviewer1", Map.of("townshipApproved", true, "townshipOpinion", "同意"));
    Map<String, Object> notice = new HashMap<>(Map.of("noticeContent", "拟纳入低保", "noticePlace", "幸福社区公示栏",
        "noticeFrom", today, "noticeTo", ChinaClock.today().plusDays(6).toString(), "noticePostedBy", "李明"));
    complete(pi, "Task_PostPublicNotice", "reviewer1", notice);
    JsonNode timer = ok(rest().as("demo", "GET", "/engine-rest/job?processInstanceId=" + pi + "&activityId=Event_PublicNoticeEnded", null));
    assertThat(rest().as("demo", "POST", "/engine-rest/job/" + timer.get(0).get("id").asText() + "/execute", null).statusCode())
        .isEqualTo(204);

    JsonNode outcome = ok(rest().as("demo", "GET", "/engine-rest/history/variable-instance?processInstanceId=" + pi
        + "&variableName=outcome", null));
    assertThat(outcome.get(0).get("value").asText()).isEqualTo("ENROLLED");
    for (String id : List.of(applicant, child)) {
      assertThat(TablesContaining.text(jdbc, id)).isEmpty();
      assertThat(log.getAll()).doesNotContain(id);
    }
  }

  private void complete(String pi, String taskKey, String user, Map<String, Object> values) throws Exception {
    JsonNode tasks = ok(rest().as(user, "GET", "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey, null));
    assertThat(tasks).hasSize(1);
    HttpResponse<String> done = rest().as(user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        variables(values));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private int count() throws Exception {
    return ok(rest().as("demo", "GET", "/engine-rest/process-instance/count", null)).get("count").asInt();
  }

  private RestCalls rest() {
    return new RestCalls(port);
  }
}
