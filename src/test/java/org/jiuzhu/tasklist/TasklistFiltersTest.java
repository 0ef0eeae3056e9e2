package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jiuzhu.EngineTestTime;
import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** The filters Tasklist shows each demo user, and what they list, as Tasklist asks for them over REST. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFiltersTest {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters tasklistFilters;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachUserSeesTheirOwnFiltersAndTheyListTheirUnitsWork() throws Exception {
    RestCalls rest = new RestCalls(port);
    String pi = start(rest);
    String villageTask = ok(rest.as("clerk1", "GET", "/engine-rest/task?processInstanceId=" + pi, null)).get(0).get("id").asText();

    assertThat(filterNames(rest, "clerk1")).containsExactlyInAnyOrder("我的待办", "本单位待办");
    assertThat(filterNames(rest, "supervisor1")).containsExactlyInAnyOrder("我的待办", "已逾期");
    assertThat(listed(rest, "clerk1", "本单位待办")).contains(villageTask);
    assertThat(listed(rest, "clerk2", "本单位待办")).doesNotContain(villageTask);
    assertThat(listed(rest, "clerk1", "我的待办")).doesNotContain(villageTask);

    rest.as("clerk1", "POST", "/engine-rest/task/" + villageTask + "/claim", "{\"userId\":\"clerk1\"}");
    assertThat(listed(rest, "clerk1", "我的待办")).contains(villageTask);
    assertThat(listed(rest, "clerk1", "本单位待办")).contains(villageTask);

    // Past its due date the step goes to the county's supervisors, in their 已逾期 filter.
    Job timer = management.createJobQuery().processInstanceId(pi).timers().singleResult();
    ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 60_000));
    management.executeJob(timer.getId());
    List<String> overdue = listed(rest, "supervisor1", "已逾期");
    JsonNode supervision = ok(rest.as("supervisor1", "GET", "/engine-rest/task?processInstanceId=" + pi
        + "&taskDefinitionKey=Task_SuperviseVillageOverdue", null));
    assertThat(overdue).contains(supervision.get(0).get("id").asText());
    assertThat(listed(rest, "clerk1", "本单位待办")).doesNotContain(supervision.get(0).get("id").asText());
  }

  @Test
  void cardsShowTheCaseAndTheEarliestDueComesFirstWhateverTasklistSortsBy() throws Exception {
    RestCalls rest = new RestCalls(port);
    // Started later, but due earlier: the clock of the first start is a day ahead.
    EngineTestTime.at(OffsetDateTime.parse("2026-03-10T09:00:00+08:00"));
    String later = start(rest);
    EngineTestTime.at(OffsetDateTime.parse("2026-03-09T09:00:00+08:00"));
    String earlier = start(rest);

    JsonNode unit = filter(rest, "clerk1", "本单位待办");
    assertThat(unit.at("/properties/variables").toString()).isEqualTo("""
        [{"name":"caseNumber","label":"案件编号"},{"name":"applicantName","label":"申请人"},\
        {"name":"villageName","label":"村（社区）"},{"name":"townshipName","label":"乡镇（街道）"},\
        {"name":"urged","label":"督办催办"}]""");
    // Tasklist asks for its own default order, newest first; the filter's due date still comes first.
    List<String> listed = new ArrayList<>();
    ok(rest.as("clerk1", "POST", "/engine-rest/filter/" + unit.get("id").asText() + "/list?maxResults=200",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))
        .forEach(t -> listed.add(t.get("processInstanceId").asText()));
    assertThat(listed).containsSubsequence(earlier, later);
  }

  @Test
  void aFilterMadeByAnEarlierVersionIsBroughtUpToDateAtTheNextStart() {
    Filter unit = filterService.createFilterQuery().filterName("本单位待办").list().stream()
        .filter(f -> "village-220102001001".equals(f.getProperties().get("for"))).findFirst().orElseThrow();
    Map<String, Object> before = new HashMap<>(unit.getProperties());
    before.remove("variables");
    filterService.saveFilter(unit.setProperties(before)
        .setQuery(taskService.createTaskQuery().taskCandidateGroup("village-220102001001").includeAssignedTasks()));

    tasklistFilters.run(null);

    Filter updated = filterService.getFilter(unit.getId());
    assertThat(updated.getProperties().get("variables")).isEqualTo(TasklistFilters.STAFF_CARD);
    assertThat(((FilterEntity) updated).getQueryInternal()).contains("DUE_DATE_");
    assertThat(filterService.createFilterQuery().filterName("本单位待办").list())
        .filteredOn(f -> "village-220102001001".equals(f.getProperties().get("for"))).hasSize(1);
    // Supervisors' cards show the case, not the urge they made themselves.
    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).list().get(0).getProperties()
        .get("variables")).isEqualTo(TasklistFilters.CARD_VARIABLES);
  }

  private static String start(RestCalls rest) throws Exception {
    return ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application(P1Fixtures.idNumber())))).get("id").asText();
  }

  private static JsonNode filter(RestCalls rest, String user, String name) throws Exception {
    for (JsonNode f : ok(rest.as(user, "GET", "/engine-rest/filter?resourceType=Task", null))) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError(user + " has no filter " + name);
  }

  private static List<String> filterNames(RestCalls rest, String user) throws Exception {
    List<String> names = new ArrayList<>();
    ok(rest.as(user, "GET", "/engine-rest/filter?resourceType=Task", null)).forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  private static List<String> listed(RestCalls rest, String user, String filterName) throws Exception {
    String id = filter(rest, user, filterName).get("id").asText();
    List<String> tasks = new ArrayList<>();
    ok(rest.as(user, "POST", "/engine-rest/filter/" + id + "/list?maxResults=200", "{}"))
        .forEach(t -> tasks.add(t.get("id").asText()));
    return tasks;
  }
}
