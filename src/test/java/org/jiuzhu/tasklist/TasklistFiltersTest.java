package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
  @Autowired FilterService filters;
  @Autowired TasklistFilters tasklistFilters;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachUserSeesTheirOwnFiltersAndTheyListTheirUnitsWork() throws Exception {
    RestCalls rest = new RestCalls(port);
    String pi = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application(P1Fixtures.idNumber())))).get("id").asText();
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
  void staffFiltersShowTheUrgeOnTheCardAlsoWhenTheyWereMadeBefore() {
    Filter mine = filters.createFilterQuery().filterName(TasklistFilters.MINE).filterOwner("clerk1").singleResult();
    Map<String, Object> older = new HashMap<>(mine.getProperties());
    older.remove("variables");
    filters.saveFilter(mine.setProperties(older));

    tasklistFilters.run(null);

    assertThat(filters.getFilter(mine.getId()).getProperties().get("variables"))
        .isEqualTo(List.of(Map.of("name", "urged", "label", "督办催办")));
    Filter unit = filters.createFilterQuery().filterName(TasklistFilters.UNIT).list().get(0);
    assertThat(unit.getProperties().get("variables")).isEqualTo(List.of(Map.of("name", "urged", "label", "督办催办")));
    Filter overdue = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).list().get(0);
    assertThat(overdue.getProperties().get("variables")).isEqualTo(List.of());
  }

  private static List<String> filterNames(RestCalls rest, String user) throws Exception {
    List<String> names = new ArrayList<>();
    ok(rest.as(user, "GET", "/engine-rest/filter?resourceType=Task", null)).forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  private static List<String> listed(RestCalls rest, String user, String filterName) throws Exception {
    String id = null;
    for (JsonNode f : ok(rest.as(user, "GET", "/engine-rest/filter?resourceType=Task", null))) {
      if (f.get("name").asText().equals(filterName)) {
        id = f.get("id").asText();
      }
    }
    List<String> tasks = new ArrayList<>();
    ok(rest.as(user, "POST", "/engine-rest/filter/" + id + "/list?maxResults=200", "{}"))
        .forEach(t -> tasks.add(t.get("id").asText()));
    return tasks;
  }
}
