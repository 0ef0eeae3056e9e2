package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counties enrol the same person in the same province at the same moment, each in its own transaction as a
 * process step would. Run on each database the system supports: exactly one open entry results.
 */
abstract class EnrolmentRace {

  static final int ROUNDS = 5;
  static final int COUNTIES = 4;

  @Autowired Registers registers;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void concurrentEnrolmentsOfOnePersonInAProvinceLeaveExactlyOneOpenEntry() throws Exception {
    ExecutorService counties = Executors.newFixedThreadPool(COUNTIES);
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String hash = RegistersTest.randomHash();
        CyclicBarrier together = new CyclicBarrier(COUNTIES);
        List<Future<Boolean>> enrolments = new ArrayList<>();
        for (int c = 0; c < COUNTIES; c++) {
          Enrolment e = new Enrolment(hash, c % 2 == 0 ? RegisterType.DIBAO : RegisterType.TEKUN, "22",
              "2201" + String.format("%02d", c + 2), LocalDate.of(2025, 3, 1), null);
          enrolments.add(counties.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return transaction.execute(status -> registers.enrol(e));
          }));
        }
        int succeeded = 0;
        for (Future<Boolean> enrolment : enrolments) {
          succeeded += enrolment.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(succeeded).as("enrolments in round %d", round).isEqualTo(1);
        assertThat(registers.enrolledOn(hash, LocalDate.of(2025, 3, 1))).hasSize(1);
      }
    } finally {
      counties.shutdownNow();
    }
  }
}
