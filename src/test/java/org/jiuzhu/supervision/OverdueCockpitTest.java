package org.jiuzhu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiuzhu.EngineTestTime.at;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.WebappBrowser;
import org.jiuzhu.audit.AuditEvent;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 逾期督办 in Cockpit over HTTP, as the plugin's page calls it with a logged-in supervisor's session: what the page
 * lists and counts, 催办, and the Cockpit pages a supervisor opens. Each test opens its cases in a county of its
 * own (under 长春市), so what its supervisor sees can be counted exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdueCockpitTest {

  /** Monday 2 March 2026, 10:00 China time. */
  static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
  /** The Monday after, before office hours: the page's "today". */
  static final OffsetDateTime NEXT_MONDAY = OffsetDateTime.parse("2026-03-09T09:00:00+08:00");
  static final String STEPS = "/camunda/api/cockpit/plugin/jiuzhu-overdue/default/steps";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired OrgUnits orgUnits;
  @Autowired AuditTrail trail;

  /** A county of its own: one township, one village, their groups and a supervisor (password demo). */
  record Area(String county, String township, String village, String supervisor) {
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSupervisorSeesTheAreasStepsDueByTodayWorstFirstWithTheWorkingDaysLateAndTheCounts() throws Exception {
    Area area = freshArea();
    at(MONDAY);
    ProcessInstance a = open(area);
    ProcessInstance c = open(area);
    completeVillageStep(c);
    at(OffsetDateTime.parse("2026-03-04T10:00:00+08:00"));
    ProcessInstance b = open(area);
    at(OffsetDateTime.parse("2026-03-06T10:00:00+08:00"));
    open(area); // due Wednesday 11 March: not yet on the page

    at(NEXT_MONDAY);
    JsonNode page = ok(browser(area.supervisor()).send("GET", STEPS, null, null));

    assertThat(page.get("today").asText()).isEqualTo("2026-03-09");
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("overdue").asLong()).isEqualTo(2);
    assertThat(page.get("dueToday").asLong()).isEqualTo(1);
    assertThat(page.get("byTownship")).singleElement().satisfies(t -> {
      assertThat(t.get("code").asText()).isEqualTo(area.township());
      assertThat(t.get("name").asText()).isEqualTo("测试镇" + area.county().substring(4));
      assertThat(t.get("steps").asLong()).isEqualTo(3);
      assertThat(t.get("overdue").asLong()).isEqualTo(2);
    });
    assertThat(page.get("byProcedure")).singleElement().satisfies(p -> {
      assertThat(p.get("code").asText()).isEqualTo(P1Fixtures.KEY);
      assertThat(p.get("name").asText()).isEqualTo("未参保失业人员临时救助");
      assertThat(p.get("steps").asLong()).isEqualTo(3);
    });
    // Township review due Wednesday 4 March (late on 5, 6 and 9 March), the village's due Thursday 5 March
    // (late on 6 and 9 March), the third due today at close of business.
    assertThat(rows(page)).extracting(s -> s.get("caseNumber").asText(), s -> s.get("step").asText(),
            s -> s.get("unit").asText(), s -> s.get("due").asText(), s -> s.get("status").asText(),
            s -> s.get("workingDaysOverdue").asInt())
        .containsExactly(
            tuple(c.getBusinessKey(), "乡镇（街道）复核", "测试镇" + area.county().substring(4),
                "2026-03-04T17:30:00+08:00", "OVERDUE", 3),
            tuple(a.getBusinessKey(), "村（社区）调查核实", "测试村" + area.county().substring(4),
                "2026-03-05T17:30:00+08:00", "OVERDUE", 2),
            tuple(b.getBusinessKey(), "村（社区）调查核实", "测试村" + area.county().substring(4),
                "2026-03-09T17:30:00+08:00", "DUE_TODAY", 0));
    assertThat(rows(page).get(0).get("procedure").asText()).isEqualTo("未参保失业人员临时救助");
    assertThat(rows(page).get(0).get("processInstanceId").asText()).isEqualTo(c.getId());
  }

  @Test
  void pagesAreBoundedAndTheCountsCoverThemAll() throws Exception {
    Area area = freshArea();
    List<String> cases = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      at(MONDAY.plusDays(day));
      cases.add(open(area).getBusinessKey());
    }
    at(NEXT_MONDAY);
    WebappBrowser supervisor = browser(area.supervisor());

    JsonNode first = ok(supervisor.send("GET", STEPS + "?firstResult=0&maxResults=2", null, null));
    JsonNode second = ok(supervisor.send("GET", STEPS + "?firstResult=2&maxResults=2", null, null));

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(second.get("total").asLong()).isEqualTo(3);
    assertThat(rows(first)).extracting(s -> s.get("caseNumber").asText()).containsExactlyElementsOf(cases.subList(0, 2));
    assertThat(rows(second)).extracting(s -> s.get("caseNumber").asText()).containsExactly(cases.get(2));
    assertThat(supervisor.send("GET", STEPS + "?maxResults=101", null, null).statusCode()).isEqualTo(400);
    assertThat(supervisor.send("GET", STEPS + "?firstResult=-1", null, null).statusCode()).isEqualTo(400);
  }

  @Test
  void aSupervisorOfAnotherCountySeesNoneOfItAndTheCitysSupervisorsSeeBoth() throws Exception {
    Area area = freshArea();
    at(MONDAY);
    String theirs = open(area).getBusinessKey();
    String nanguan = runtime.startProcessInstanceByKey(P1Fixtures.KEY,
        P1Fixtures.application(P1Fixtures.idNumber())).getBusinessKey();
    at(NEXT_MONDAY);

    assertThat(caseNumbers(ok(browser(area.supervisor()).send("GET", STEPS + "?maxResults=100", null, null))))
        .containsExactly(theirs);
    assertThat(caseNumbers(ok(browser("supervisor1").send("GET", STEPS + "?maxResults=100", null, null))))
        .contains(nanguan).doesNotContain(theirs);
    assertThat(caseNumbers(ok(browser("supervisor2").send("GET", STEPS + "?maxResults=100", null, null))))
        .contains(nanguan, theirs);
  }

  @Test
  void aStepStaysListedWhenItsSupervisionIsDoneAndLeavesWhenItIsDone() throws Exception {
    Area area = freshArea();
    at(MONDAY);
    ProcessInstance pi = open(area);
    at(NEXT_MONDAY);
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    Task supervision = tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_SuperviseVillageOverdue").singleResult();
    tasks.complete(supervision.getId(), Map.of("supervisionNote", "已电话督促"));
    WebappBrowser supervisor = browser(area.supervisor());

    assertThat(rows(ok(supervisor.send("GET", STEPS, null, null)))).singleElement().satisfies(step -> {
      assertThat(step.get("stepKey").asText()).isEqualTo("Task_VerifyInVillage");
      assertThat(step.get("priority").asInt()).isEqualTo(100);
    });

    completeVillageStep(pi);
    assertThat(ok(supervisor.send("GET", STEPS, null, null)).get("total").asLong()).isZero();
  }

  @Test
  void anUrgeIsRecordedWithWhoAndWhenRaisesThePriorityAndShowsOnTheUnitsCard() throws Exception {
    at(MONDAY);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    Task step = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    at(NEXT_MONDAY);

    JsonNode urged = ok(browser("supervisor1").send("POST", STEPS + "/" + step.getId() + "/urge", "application/json",
        "{\"note\":\"请今日办结\"}"));

    String card = "2026-03-09 09:00 陈刚（supervisor1）催办：请今日办结";
    assertThat(urged.get("priority").asInt()).isEqualTo(150);
    assertThat(urged.get("urged").asText()).isEqualTo(card);
    assertThat(tasks.createTaskQuery().taskId(step.getId()).singleResult().getPriority()).isEqualTo(150);
    assertThat(trail.of(pi.getBusinessKey())).extracting(AuditEvent::userId, AuditEvent::action, AuditEvent::detail)
        .contains(tuple("supervisor1", "催办：村（社区）调查核实", "应办结 2026-03-05 17:30；附言 请今日办结"));
    assertThat(trail.of(pi.getBusinessKey())).filteredOn(e -> e.action().startsWith("催办"))
        .singleElement().satisfies(e -> assertThat(e.occurredAt().toInstant()).isEqualTo(NEXT_MONDAY.toInstant()));
    // The village's Tasklist lists the step with the urge on its card (the filter's card variables).
    assertThat(cardVariables("clerk1", "本单位待办", step.getId())).containsEntry("urged", card);
    assertThat(rows(ok(browser("supervisor1").send("GET", STEPS + "?maxResults=100", null, null))))
        .filteredOn(s -> s.get("taskId").asText().equals(step.getId()))
        .singleElement().satisfies(s -> assertThat(s.get("urged").asText()).isEqualTo(card));
  }

  @Test
  void onlyTheCasesSupervisorsUrgeAStepDueByTodayAndOnlyWithTheWebappsToken() throws Exception {
    Area area = freshArea();
    at(MONDAY);
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String step = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    at(NEXT_MONDAY);
    ProcessInstance notYetDue = open(area);
    String later = tasks.createTaskQuery().processInstanceId(notYetDue.getId()).singleResult().getId();

    // The village may read its step but does not supervise it; another county's supervisor cannot see it.
    assertThat(browser("clerk1").send("POST", STEPS + "/" + step + "/urge", "application/json", "{}").statusCode())
        .isEqualTo(403);
    assertThat(browser(area.supervisor()).send("POST", STEPS + "/" + step + "/urge", "application/json", "{}")
        .statusCode()).isEqualTo(404);
    assertThat(browser(area.supervisor()).send("POST", STEPS + "/" + later + "/urge", "application/json", "{}")
        .statusCode()).isEqualTo(400);
    WebappBrowser supervisor = browser("supervisor1");
    assertThat(supervisor.sendWithoutToken("POST", STEPS + "/" + step + "/urge", "application/json", "{}").statusCode())
        .isEqualTo(403);

    assertThat(trail.of(pi.getBusinessKey())).noneMatch(e -> e.action().startsWith("催办"));
    assertThat(tasks.createTaskQuery().taskId(step).singleResult().getPriority()).isEqualTo(50);
  }

  @Test
  void cockpitPagesASupervisorOpensAnswerWithoutPermissionErrors() throws Exception {
    at(MONDAY);
    runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    WebappBrowser supervisor = browser("supervisor1");
    String engine = "/camunda/api/engine/engine/default";
    String base = "/camunda/api/cockpit/plugin/base/default";
    // What Cockpit's dashboard, processes, decisions, human tasks, deployments and batches pages call.
    for (String path : List.of(base + "/process-definition/statistics-count",
        base + "/process-definition/statistics?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc",
        engine + "/process-definition/count?latest=true", engine + "/process-instance/count",
        engine + "/incident/count", engine + "/task/count", engine + "/task/count?unassigned=true",
        engine + "/decision-definition/count?latestVersion=true",
        engine + "/decision-requirements-definition/count?latestVersion=true", engine + "/case-definition/count",
        engine + "/deployment/count", engine + "/batch/statistics/count", engine + "/history/batch/count?completed=true",
        engine + "/task/report/candidate-group-count", STEPS)) {
      assertThat(supervisor.send("GET", path, null, null).statusCode()).as(path).isEqualTo(200);
    }
    // The human tasks page's counts per group: only the groups of tasks the supervisor may read.
    JsonNode report = ok(supervisor.send("GET", engine + "/task/report/candidate-group-count", null, null));
    assertThat(report).isNotEmpty().allSatisfy(row -> assertThat(row.get("groupName").asText())
        .matches("(village|township|county|supervisor)-220102\\d*"));
    assertThat(ok(browser("demo").send("GET", engine + "/task/report/candidate-group-count", null, null)))
        .extracting(row -> row.get("groupName").asText()).contains("village-220102001001");
  }

  // ------------------------------------------------------------------------------------------------------

  private Area freshArea() {
    String county;
    do {
      county = "2201" + ThreadLocalRandom.current().nextInt(50, 100);
    } while (orgUnits.find(county).isPresent());
    String n = county.substring(4);
    Area area = new Area(county, county + "001", county + "001001", "sup" + county);
    orgUnits.ensure(new OrgUnit(county, "测试区" + n, OrgLevel.COUNTY, "2201"));
    orgUnits.ensure(new OrgUnit(area.township(), "测试镇" + n, OrgLevel.TOWNSHIP, county));
    orgUnits.ensure(new OrgUnit(area.village(), "测试村" + n, OrgLevel.VILLAGE, area.township()));
    String supervisors = "supervisor-" + county;
    for (String group : List.of(OrgLevel.VILLAGE.groupOf(area.village()), OrgLevel.TOWNSHIP.groupOf(area.township()),
        OrgLevel.COUNTY.groupOf(county), supervisors)) {
      Group g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    User user = identity.newUser(area.supervisor());
    user.setLastName("测试");
    user.setFirstName("督办" + n);
    user.setPassword("demo");
    identity.saveUser(user);
    // The supervisors' group gets its standing rights at once (IdentityChangesFollow), as an admin's new unit does.
    identity.createMembership(area.supervisor(), supervisors);
    return area;
  }

  private ProcessInstance open(Area area) {
    return runtime.startProcessInstanceByKey(P1Fixtures.KEY,
        P1Fixtures.application(P1Fixtures.idNumber(), area.township(), area.village()));
  }

  private void completeVillageStep(ProcessInstance pi) {
    Task village = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_VerifyInVillage")
        .singleResult();
    tasks.complete(village.getId(), Map.of("villageVerified", true, "villageOpinion", "经入户核实，情况属实"));
  }

  private WebappBrowser browser(String user) throws Exception {
    WebappBrowser browser = new WebappBrowser(port);
    HttpResponse<String> login = browser.logIn(user, "demo");
    assertThat(login.statusCode()).as("login of %s", user).isEqualTo(200);
    return browser;
  }

  /** The variables Tasklist shows on a task's card in one of the user's filters (HAL, as Tasklist asks). */
  private Map<String, Object> cardVariables(String user, String filterName, String taskId) throws Exception {
    String filter = null;
    for (JsonNode f : JSON.readTree(basic(user, "GET", "/engine-rest/filter?resourceType=Task", null, "application/json"))) {
      if (f.get("name").asText().equals(filterName)) {
        filter = f.get("id").asText();
      }
    }
    JsonNode listed = JSON.readTree(basic(user, "POST", "/engine-rest/filter/" + filter + "/list?maxResults=200", "{}",
        "application/hal+json"));
    Map<String, Object> variables = new HashMap<>();
    listed.path("_embedded").path("task").forEach(task -> {
      if (taskId.equals(task.get("id").asText())) {
        task.path("_embedded").path("variable").forEach(v -> variables.put(v.get("name").asText(), v.get("value").asText()));
      }
    });
    return variables;
  }

  private String basic(String user, String method, String path, String body, String accept) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Accept", accept)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<JsonNode> rows(JsonNode page) {
    List<JsonNode> rows = new ArrayList<>();
    page.get("steps").forEach(rows::add);
    return rows;
  }

  private static List<String> caseNumbers(JsonNode page) {
    return rows(page).stream().map(s -> s.get("caseNumber").asText()).toList();
  }
}
