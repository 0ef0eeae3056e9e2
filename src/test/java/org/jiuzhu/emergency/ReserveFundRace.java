package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.emergency.P2Fixtures.*;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.reservefund.ReserveFundEntry;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several cases of one township granted at the same moment against a reserve fund that covers only one of them
 * (002 §四(二): the fund must not be overdrawn). Run on each database the system supports: exactly one grant
 * goes through, the others are refused with the step left open, and the ledger agrees with the balance.
 */
abstract class ReserveFundRace {

  static final int ROUNDS = 5;
  static final int TOWNSHIP_CLERKS = 3;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ReserveFunds funds;
  @Autowired OrgUnits orgUnits;

  @Test
  void grantsAtTheSameMomentNeverOverdrawTheReserveFund() throws Exception {
    ExecutorService clerks = Executors.newFixedThreadPool(TOWNSHIP_CLERKS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String township = freshTownship(orgUnits);
        funds.topUp(township, new BigDecimal("600.00"), "test", "只够一笔", Instant.now());
        List<ProcessInstance> cases = new ArrayList<>();
        for (int i = 0; i < TOWNSHIP_CLERKS; i++) {
          cases.add(runtime.startProcessInstanceByKey(KEY, request(idNumber(), township)));
        }
        CyclicBarrier together = new CyclicBarrier(TOWNSHIP_CLERKS);
        List<Future<Boolean>> grants = new ArrayList<>();
        for (ProcessInstance pi : cases) {
          grants.add(clerks.submit(() -> grant(pi, together)));
        }
        int granted = 0;
        for (Future<Boolean> grant : grants) {
          granted += grant.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(granted).as("grants in round %d", round).isOne();
        assertThat(funds.balance(township)).isEqualByComparingTo("100.00");
        assertThat(funds.ledgerTotal(township)).isEqualByComparingTo(funds.balance(township));
        List<ReserveFundEntry> entries = funds.entries(township, 10);
        assertThat(entries).filteredOn(e -> ReserveFundEntry.GRANT.equals(e.kind())).singleElement()
            .satisfies(e -> assertThat(e.balanceAfter()).isEqualByComparingTo("100.00"));
        assertThat(entries).allSatisfy(e -> assertThat(e.balanceAfter().signum()).isNotNegative());
        long stillOpen = cases.stream().filter(pi -> tasks.createTaskQuery().processInstanceId(pi.getId())
            .taskDefinitionKey("Task_SetAmountInTownship").count() == 1).count();
        assertThat(stillOpen).isEqualTo(TOWNSHIP_CLERKS - 1);
      }
    } finally {
      clerks.shutdownNow();
    }
  }

  @Test
  void clerksGrantingOneCaseAtTheSameMomentDrawItOnce() throws Exception {
    ExecutorService clerks = Executors.newFixedThreadPool(TOWNSHIP_CLERKS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String township = freshTownship(orgUnits);
        funds.topUp(township, new BigDecimal("600.00"), "test", null, Instant.now());
        ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, request(idNumber(), township));
        String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        CyclicBarrier together = new CyclicBarrier(TOWNSHIP_CLERKS);
        List<Future<BigDecimal>> grants = new ArrayList<>();
        for (int i = 0; i < TOWNSHIP_CLERKS; i++) {
          // Each clerk settles on another amount within the tier: whichever wins is drawn, and only it.
          String amount = (300 + 100 * i) + ".00";
          grants.add(clerks.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            try {
              tasks.complete(task, Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL",
                  "approvedAmount", amount));
              return new BigDecimal(amount);
            } catch (OptimisticLockingException | NullValueException lost) {
              return null; // someone was quicker (409), or already done when this clerk began
            } catch (InvalidInputException lost) {
              // H2 only: its commit frees the fund's row a moment before the winner's entry is visible, so a loser
              // may read "not enough money" (400); PostgreSQL commits at once and the loser gets 409.
              assertThat(lost).hasMessageContaining("备用金");
              return null;
            }
          }));
        }
        List<BigDecimal> won = new ArrayList<>();
        for (Future<BigDecimal> grant : grants) {
          BigDecimal amount = grant.get(60, TimeUnit.SECONDS);
          if (amount != null) {
            won.add(amount);
          }
        }

        assertThat(won).as("completions in round %d", round).hasSize(1);
        assertThat(funds.balance(township)).isEqualByComparingTo(new BigDecimal("600.00").subtract(won.get(0)));
        assertThat(funds.ledgerTotal(township)).isEqualByComparingTo(funds.balance(township));
        assertThat(funds.grantOf(pi.getBusinessKey())).hasValueSatisfying(
            e -> assertThat(e.amount()).isEqualByComparingTo(won.get(0).negate()));
        assertThat(runtime.getVariable(pi.getId(), "approvedAmount")).isEqualTo(won.get(0).toPlainString());
      }
    } finally {
      clerks.shutdownNow();
    }
  }

  /** True if the grant went through, false if it was refused for want of money in the fund. */
  private boolean grant(ProcessInstance pi, CyclicBarrier together) throws Exception {
    String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    together.await(30, TimeUnit.SECONDS);
    try {
      tasks.complete(task, Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL", "approvedAmount", "500"));
      return true;
    } catch (InvalidInputException overdrawn) {
      assertThat(overdrawn).hasMessageContaining("approvedAmount").hasMessageContaining("备用金");
      return false;
    }
  }
}
