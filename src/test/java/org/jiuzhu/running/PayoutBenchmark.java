package org.jiuzhu.running;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.calendar.ChinaClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * How long monthly-payout takes for 100,000 running cases of 3 members each on an H2 file database: preparing
 * (streaming every case, computing its benefit, writing its line, summing the batch) and releasing one township's
 * batch into the ledger. Not part of the build (surefire runs *Test classes only); run it with
 * {@code ./mvnw -o test -Dtest=PayoutBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the figures it
 * prints. {@code -Djiuzhu.benchmark.cases=N} changes the caseload.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/payout-benchmark/${random.uuid};LOCK_TIMEOUT=10000")
@ActiveProfiles("test")
class PayoutBenchmark {

  static final String TOWNSHIP = "220102001";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @Test
  void payoutOfAHundredThousandCases() {
    int n = Integer.getInteger("jiuzhu.benchmark.cases", 100_000);
    YearMonth month = YearMonth.from(ChinaClock.today());
    long t0 = System.nanoTime();
    // Set-based fixtures: a township's cases, each of 3 members, incomes varying so benefits differ.
    jdbc.sql("""
        INSERT INTO running_case (business_key, application_key, assistance_type, residence, county_code,
          township_code, village_code, payee_ref, status, unstable_income, enrolled_from)
        SELECT 'BENCH-' || LPAD(CAST(X AS VARCHAR), 7, '0'), 'BENCH-APP', 'DIBAO', 'URBAN', '220102', ?,
          '220102001001', 'bench-ref', 'ACTIVE', FALSE, DATE '2026-01-01' FROM SYSTEM_RANGE(1, ?)""")
        .params(TOWNSHIP, n).update();
    jdbc.sql("""
        INSERT INTO running_case_member (business_key, line, monthly_income, works_away, birth_date, seriously_ill,
          seriously_disabled)
        SELECT 'BENCH-' || LPAD(CAST(X AS VARCHAR), 7, '0'), L, CAST(MOD(X * L, 500) AS DECIMAL(12,2)), L = 1,
          DATEADD(YEAR, -MOD(X, 90), DATE '2026-01-01'), MOD(X, 17) = 0, MOD(X, 23) = 0
        FROM SYSTEM_RANGE(1, ?), (SELECT X AS L FROM SYSTEM_RANGE(1, 3))""")
        .param(n).update();
    long t1 = System.nanoTime();

    identity.setAuthentication("demo", List.of("camunda-admin"));
    ProcessInstance run = runtime.startProcessInstanceByMessage("Message_PayoutRequested",
        Map.of("month", month.toString()));
    identity.clearAuthentication();
    management.executeJob(management.createJobQuery().processInstanceId(run.getId()).singleResult().getId());
    long t2 = System.nanoTime();

    Task confirm = tasks.createTaskQuery().processInstanceId(run.getId()).singleResult();
    identity.setAuthentication("officer1", List.of("county-220102"));
    tasks.complete(confirm.getId(), Map.of("batchConfirmed", true, "confirmNote", "核对无误"));
    identity.clearAuthentication();
    long t3 = System.nanoTime();
    management.executeJob(management.createJobQuery().processInstanceId(run.getId()).singleResult().getId());
    long t4 = System.nanoTime();

    long paid = jdbc.sql("SELECT COUNT(*) FROM payment WHERE period = ?").param(month.toString()).query(Long.class).single();
    assertThat(paid).isEqualTo(n);
    System.out.printf("%nPAYOUT BENCHMARK %d cases (H2 file, %d cores): fixtures %.1f s, prepare %.1f s, "
            + "confirm %.1f s, release %.1f s, payout total %.1f s%n%n", n, Runtime.getRuntime().availableProcessors(),
        secs(t1 - t0), secs(t2 - t1), secs(t3 - t2), secs(t4 - t3), secs(t4 - t1));
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }
}
