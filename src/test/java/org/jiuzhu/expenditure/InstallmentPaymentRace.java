package org.jiuzhu.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.expenditure.P3Fixtures.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.payment.Payment;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same installment's payment job run by two workers at the same moment (a retry racing a late success, or
 * two nodes acquiring one job). Run on each database the system supports: exactly one ledger line.
 */
abstract class InstallmentPaymentRace {

  static final int ROUNDS = 5;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired PaymentLedger ledger;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoWorkersPayingTheSameInstallmentAtOncePayItOnce() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        ProcessInstance pi = atFirstPayment();
        String payJob = job(pi, "Task_PayInstallment").getId();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
          attempts.add(workers.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            try {
              management.executeJob(payJob);
              return true;
            } catch (RuntimeException lost) {
              return false;
            }
          }));
        }
        int succeeded = 0;
        for (Future<Boolean> attempt : attempts) {
          succeeded += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(succeeded).as("successful attempts in round %d", round).isEqualTo(1);
        assertThat(ledger.of(pi.getBusinessKey())).as("payments in round %d", round)
            .extracting(Payment::installment).containsExactly(1);
        // The case goes on to the second installment, with no payment job left over.
        assertThat(job(pi, "Task_PayInstallment")).isNull();
        assertThat(job(pi, "Event_InstallmentDue")).isNotNull();
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private ProcessInstance atFirstPayment() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant()));
    ProcessInstance pi = runtime.startProcessInstanceByKey(P3Fixtures.KEY, application(P1Fixtures.idNumber()));
    complete(pi, Map.of("villageVerified", true, "villageOpinion", "属实"));
    complete(pi, Map.of("economicCheckPassed", true, "economicCheckOpinion", "符合"));
    complete(pi, Map.of("townshipApproved", true, "townshipOpinion", "同意", "approvedAmount", "1000",
        "installmentCount", 2, "firstInstallmentDate", "2026-04-01"));
    complete(pi, Map.of("noticeContent", "公示内容", "noticePlace", "公示栏", "noticeFrom", "2026-03-02",
        "noticeTo", "2026-03-08", "noticePostedBy", "李明"));
    fire(job(pi, "Event_PublicNoticeEnded"));
    fire(job(pi, "Event_InstallmentDue"));
    return pi;
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
  }

  private void fire(Job timer) {
    if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    management.executeJob(timer.getId());
  }

  private Job job(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
