package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;
import static org.jiuzhu.unemployed.P1Fixtures.KEY;
import static org.jiuzhu.unemployed.P1Fixtures.application;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.jiuzhu.ChildApplication;
import org.jiuzhu.RestCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * On the embedded default database, a village decision answered 204 is still there after the server is
 * killed (SIGKILL) right after the last answer and started again on the same files.
 */
class AcknowledgedDecisionsSurviveKillTest {

  static final int CASES = 20;
  static final String VILLAGE_DECISION =
      "{\"variables\":{\"villageVerified\":{\"value\":true},\"villageOpinion\":{\"value\":\"属实\"}}}";
  /** What a JVM killed by SIGKILL exits with (128 + 9): it had no chance to close the database. */
  static final int KILLED = 137;

  @TempDir
  Path folder;

  @Test
  void everyVillageDecisionAnswered204SurvivesKill9() throws Exception {
    List<String> decided = new ArrayList<>();
    try (ChildApplication first = ChildApplication.start(folder)) {
      RestCalls rest = first.rest();
      List<String> villageTasks = new ArrayList<>();
      List<String> cases = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        String pi = ok(rest.as("demo", "POST", "/engine-rest/process-definition/key/" + KEY + "/start",
            variables(application(idNumber())))).get("id").asText();
        cases.add(pi);
        villageTasks.add(openTasks(rest, "clerk1", "processInstanceId=" + pi).get(0).get("id").asText());
      }
      for (int i = 0; i < CASES; i++) {
        int status = rest.as("clerk1", "POST", "/engine-rest/task/" + villageTasks.get(i) + "/complete",
            VILLAGE_DECISION).statusCode();
        assertThat(status).as("completing the village task of %s", cases.get(i)).isEqualTo(204);
        decided.add(cases.get(i));
      }
      assertThat(first.kill()).isEqualTo(KILLED);
    }

    try (ChildApplication second = ChildApplication.start(folder)) {
      List<String> atTownship = openTasks(second.rest(), "demo", "taskDefinitionKey=Task_ReviewInTownship").stream()
          .map(task -> task.get("processInstanceId").asText()).toList();
      assertThat(atTownship).as("cases at the township review after the restart")
          .containsExactlyInAnyOrderElementsOf(decided);
    }
  }

  private static List<JsonNode> openTasks(RestCalls rest, String user, String query) throws Exception {
    JsonNode tasks = ok(rest.as(user, "GET", "/engine-rest/task?" + query, null));
    return StreamSupport.stream(tasks.spliterator(), false).toList();
  }
}
