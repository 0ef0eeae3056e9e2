package org.jiuzhu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.WebappBrowser;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How fast the 逾期督办 page answers with 100,000 open steps on H2: {@code ./mvnw -o -q -Poverdue-benchmark test}
 * (not part of the build; it measures, it does not judge). One real P1 case is opened; its village step, with its
 * case, township, candidate group and per-task grants, is then copied 100,000 times in SQL (starting that many cases
 * through the engine would take an hour), due from 5 days ago to 94 days ahead: 5% overdue, 1% due today. The
 * county's supervisor then opens the page's first 50 steps and the counts, as Cockpit asks for them, and the
 * times are printed: the first request after the load and the median of the next ten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdueBenchmark {

  static final int OPEN_STEPS = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void theOverduePageWith100000OpenSteps() throws Exception {
    ProcessInstance pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY,
        P1Fixtures.application(P1Fixtures.idNumber(), P1Fixtures.TOWNSHIP_A, P1Fixtures.VILLAGE_A));
    Task step = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    // The page once before the load: Cockpit's plugin and its queries are set up at their first use, not timed here.
    WebappBrowser supervisor = new WebappBrowser(port);
    assertThat(supervisor.logIn("supervisor1", "demo").statusCode()).isEqualTo(200);
    String firstPage = OverdueCockpitTest.STEPS + "?firstResult=0&maxResults=50";
    ok(supervisor.get(firstPage, "application/json"));

    long loading = System.nanoTime();
    String copy = "'bench-' || R.X";
    copyRows("ACT_RU_EXECUTION", "T.ID_ = '" + pi.getId() + "'", Map.of("ID_", copy, "ROOT_PROC_INST_ID_", copy,
        "PROC_INST_ID_", copy, "BUSINESS_KEY_", "'LSJZ-BENCH-' || R.X"));
    copyRows("ACT_RU_VARIABLE", "T.EXECUTION_ID_ = '" + pi.getId() + "' AND T.NAME_ = 'townshipCode'",
        Map.of("ID_", "'bench-v-' || R.X", "EXECUTION_ID_", copy, "PROC_INST_ID_", copy, "VAR_SCOPE_", copy,
            "TEXT_", "CASE WHEN MOD(R.X, 2) = 0 THEN '" + P1Fixtures.TOWNSHIP_A + "' ELSE '" + P1Fixtures.TOWNSHIP_B + "' END"));
    // Due at 23:00 China time, from 5 days ago (R.X mod 100 = 0) to 94 days ahead; H2 reads the time in the JVM's zone.
    LocalDateTime tonight = ChinaClock.today().atTime(23, 0).atZone(ChinaClock.ZONE)
        .withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    copyRows("ACT_RU_TASK", "T.ID_ = '" + step.getId() + "'", Map.of("ID_", "'bench-t-' || R.X", "EXECUTION_ID_", copy,
        "PROC_INST_ID_", copy, "DUE_DATE_", "DATEADD(DAY, MOD(R.X, 100) - 5, TIMESTAMP '" + Timestamp.valueOf(tonight) + "')"));
    copyRows("ACT_RU_IDENTITYLINK", "T.TASK_ID_ = '" + step.getId() + "'",
        Map.of("ID_", "'bench-l-' || R.X || '-' || T.ID_", "TASK_ID_", "'bench-t-' || R.X"));
    copyRows("ACT_RU_AUTHORIZATION", "T.RESOURCE_ID_ = '" + step.getId() + "'",
        Map.of("ID_", "'bench-a-' || R.X || '-' || T.ID_", "RESOURCE_ID_", "'bench-t-' || R.X"));
    jdbc.sql("ANALYZE").update();
    System.out.printf("%n逾期督办 benchmark: %,d open steps loaded in %.1f s%n", tasks.createTaskQuery().count(),
        (System.nanoTime() - loading) / 1e9);

    long first = System.nanoTime();
    JsonNode board = JSON.readTree(ok(supervisor.get(firstPage, "application/json")));
    double firstMillis = (System.nanoTime() - first) / 1e6;
    List<Double> next = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long start = System.nanoTime();
      ok(supervisor.get(firstPage, "application/json"));
      next.add((System.nanoTime() - start) / 1e6);
    }
    next.sort(Double::compare);
    // 5 overdue days and today of every 100 steps: 6,000 listed, 5,000 of them overdue.
    assertThat(board.get("total").asLong()).isEqualTo(OPEN_STEPS * 6 / 100);
    assertThat(board.get("overdue").asLong()).isEqualTo(OPEN_STEPS * 5 / 100);
    assertThat(board.get("steps")).hasSize(50);
    System.out.printf("逾期督办 benchmark: %d listed (%d overdue, %d due today), per township %s; first page of 50 and"
        + " the counts: first request %.0f ms, median of the next ten %.0f ms (slowest %.0f ms)%n%n",
        board.get("total").asLong(), board.get("overdue").asLong(), board.get("dueToday").asLong(),
        board.get("byTownship").findValuesAsText("steps"), firstMillis, (next.get(4) + next.get(5)) / 2,
        next.get(next.size() - 1));
  }

  /** Copies the template rows once per number 1..OPEN_STEPS, the columns in {@code changed} computed anew. */
  private void copyRows(String table, String template, Map<String, String> changed) {
    List<String> columns = jdbc.sql("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?"
        + " ORDER BY ORDINAL_POSITION").param(table).query(String.class).list();
    String values = columns.stream().map(column -> changed.getOrDefault(column, "T." + column))
        .collect(Collectors.joining(", "));
    int rows = jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM "
        + table + " T, SYSTEM_RANGE(1, " + OPEN_STEPS + ") R WHERE " + template).update();
    assertThat(rows).as(table).isGreaterThanOrEqualTo(OPEN_STEPS);
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
