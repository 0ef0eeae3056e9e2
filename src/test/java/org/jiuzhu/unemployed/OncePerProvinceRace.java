package org.jiuzhu.unemployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.unemployed.P1Fixtures.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.payment.PaymentLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two townships confirm the same person at the same moment (二(二)3: once within the province). Run on each
 * database the system supports; exactly one case pays, the other is refused in writing.
 */
abstract class OncePerProvinceRace {

  static final int ROUNDS = 5;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PaymentLedger ledger;

  @Test
  void twoTownshipsConfirmingTheSamePersonAtOncePayExactlyOnce() throws Exception {
    ExecutorService townships = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String id = idNumber();
        ProcessInstance a = atTownshipReview(application(id, TOWNSHIP_A, VILLAGE_A));
        ProcessInstance b = atTownshipReview(application(id, TOWNSHIP_B, VILLAGE_B));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> confirmations = List.of(
            townships.submit(() -> confirm(a, together)),
            townships.submit(() -> confirm(b, together)));
        for (Future<?> confirmation : confirmations) {
          confirmation.get(60, TimeUnit.SECONDS);
        }
        for (Job payment : management.createJobQuery().processInstanceId(a.getId()).list()) {
          management.executeJob(payment.getId());
        }
        for (Job payment : management.createJobQuery().processInstanceId(b.getId()).list()) {
          management.executeJob(payment.getId());
        }

        assertThat(ledger.of(a.getBusinessKey()).size() + ledger.of(b.getBusinessKey()).size())
            .as("payments in round %d", round).isEqualTo(1);
        assertThat(List.of(outcome(a), outcome(b))).containsExactlyInAnyOrder("PAID", "REFUSED");
      }
    } finally {
      townships.shutdownNow();
    }
  }

  private ProcessInstance atTownshipReview(Map<String, Object> application) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, application);
    String village = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    tasks.complete(village, Map.of("villageVerified", true, "villageOpinion", "属实"));
    return pi;
  }

  private Void confirm(ProcessInstance pi, CyclicBarrier together) throws Exception {
    String review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    together.await(30, TimeUnit.SECONDS);
    tasks.complete(review, Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "500"));
    return null;
  }

  private Object outcome(ProcessInstance pi) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("outcome")
        .singleResult().getValue();
  }
}
