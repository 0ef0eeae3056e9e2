package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.unemployed.P1Fixtures.KEY;
import static org.jiuzhu.unemployed.P1Fixtures.application;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.DefaultDatabase;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.payment.PaymentLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A caseload on the embedded default (an H2 file, with application.yaml's settings): H2 writes every
 * exception raised through JDBC to a trace file beside the database, so an exception on the hot path shows
 * as a file that grows with the caseload.
 */
// Its own engine name keeps the shared test engine "default" registered; the context closes (and the
// database with it) before the folder is removed.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=caseload")
@ActiveProfiles("test")
@DirtiesContext
class CaseloadOnTheDefaultDatabaseTest {

  static final int CASES = 200;
  /** Room for a stray message, far below what one exception per case leaves (a stack trace is ~7 KB). */
  static final long TINY = 4 * 1024;

  @TempDir
  static Path folder;

  @DynamicPropertySource
  static void defaultDatabaseIn(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DefaultDatabase.url(folder));
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CaseArchive archive;
  @Autowired PaymentLedger ledger;
  @Autowired RefusalNotices notices;
  @Autowired AuditTrail audit;

  @Test
  void aFewHundredCasesLeaveNoTraceFile() throws Exception {
    for (int i = 0; i < CASES; i++) {
      // Every tenth township refuses, so refusal notices are written too.
      boolean approved = i % 10 != 0;
      String caseNumber = runToTheEnd(approved);
      // Read back as /api shows a case.
      assertThat(archive.find(caseNumber)).hasValueSatisfying(
          filed -> assertThat(filed.outcome()).isEqualTo(approved ? "PAID" : "REFUSED"));
      assertThat(ledger.of(caseNumber)).hasSize(approved ? 1 : 0);
      assertThat(notices.find(caseNumber).isPresent()).isEqualTo(!approved);
      assertThat(audit.of(caseNumber)).isNotEmpty();
    }

    Path trace = DefaultDatabase.traceFile(folder);
    if (Files.exists(trace)) {
      String traced = Files.readString(trace);
      assertThat(Files.size(trace)).as("%s begins:%n%s", trace, traced.substring(0, Math.min(traced.length(), 3000)))
          .isLessThan(TINY);
    }
  }

  /** @return the case number */
  private String runToTheEnd(boolean approved) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application(idNumber()));
    tasks.complete(openTask(pi), Map.of("villageVerified", true, "villageOpinion", "属实"));
    tasks.complete(openTask(pi), Map.of("townshipApproved", approved,
        "townshipOpinion", approved ? "同意" : "家庭有其他稳定收入", "approvedAmount", "500"));
    for (Job payment : management.createJobQuery().processInstanceId(pi.getId()).list()) {
      management.executeJob(payment.getId());
    }
    return pi.getBusinessKey();
  }

  private String openTask(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }
}
