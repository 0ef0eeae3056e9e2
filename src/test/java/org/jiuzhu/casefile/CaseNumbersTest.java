package org.jiuzhu.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class CaseNumbersTest {

  @Autowired
  CaseNumbers caseNumbers;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void numbersArePrefixYearAndSixDigitsCountingFromOne() {
    String prefix = randomPrefix();

    assertThat(caseNumbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000001");
    assertThat(caseNumbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000002");
    assertThat(caseNumbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000003")
        .matches("^T[A-Z]{4}-2026-\\d{6}$");
  }

  @Test
  void eachPrefixAndEachYearHasItsOwnCounter() {
    String first = randomPrefix();
    String second = randomPrefix() + "X";

    assertThat(caseNumbers.next(first, 2026)).isEqualTo(first + "-2026-000001");
    assertThat(caseNumbers.next(first, 2026)).isEqualTo(first + "-2026-000002");
    assertThat(caseNumbers.next(second, 2026)).isEqualTo(second + "-2026-000001");
    assertThat(caseNumbers.next(first, 2027)).isEqualTo(first + "-2027-000001");
    assertThat(caseNumbers.next(first, 2026)).isEqualTo(first + "-2026-000003");
    assertThat(caseNumbers.next(second, 2026)).isEqualTo(second + "-2026-000002");
    assertThat(caseNumbers.next(first, 2027)).isEqualTo(first + "-2027-000002");
  }

  @Test
  void aRolledBackNumberIsHandedOutAgain() {
    String prefix = randomPrefix();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> caseNumbers.next(prefix, 2026));

    String rolledBack = transaction.execute(status -> {
      status.setRollbackOnly();
      return caseNumbers.next(prefix, 2026);
    });

    String next = transaction.execute(status -> caseNumbers.next(prefix, 2026));

    assertThat(rolledBack).isEqualTo(prefix + "-2026-000002");
    assertThat(next).isEqualTo(prefix + "-2026-000002");
  }

  @Test
  void twoThreadsTakingNumbersAtOnceGetDistinctConsecutiveNumbers() throws Exception {
    String prefix = randomPrefix();
    int year = 2026;
    int perThread = 50;
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<String>> taker = () -> {
      start.await(30, TimeUnit.SECONDS);
      List<String> taken = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        taken.add(transaction.execute(status -> caseNumbers.next(prefix, year)));
      }
      return taken;
    };

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> one = threads.submit(taker);
      Future<List<String>> two = threads.submit(taker);
      List<String> all = new ArrayList<>(one.get(60, TimeUnit.SECONDS));
      all.addAll(two.get(60, TimeUnit.SECONDS));

      assertThat(all).hasSize(2 * perThread).doesNotHaveDuplicates();
      Set<String> expected = IntStream.rangeClosed(1, 2 * perThread)
          .mapToObj(n -> String.format("%s-%d-%06d", prefix, year, n)).collect(Collectors.toSet());
      assertThat(new HashSet<>(all)).isEqualTo(expected);
    } finally {
      threads.shutdownNow();
    }
  }

  /** "T" and four random capitals: a counter no other test touches. */
  private static String randomPrefix() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder prefix = new StringBuilder("T");
    for (int i = 0; i < 4; i++) {
      prefix.append((char) ('A' + random.nextInt(26)));
    }
    return prefix.toString();
  }
}
