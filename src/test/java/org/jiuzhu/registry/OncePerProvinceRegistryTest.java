package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class OncePerProvinceRegistryTest {

  private static final String TOWNSHIP = "220102001";
  private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

  @Autowired
  OncePerProvinceRegistry registry;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theFirstClaimEntersThePerson() {
    String hash = randomHash();
    String businessKey = randomBusinessKey();

    assertThat(registry.earlierCase(hash)).isEmpty();
    assertThat(registry.claim(hash, businessKey, TOWNSHIP, AT)).isEmpty();
    assertThat(registry.earlierCase(hash)).contains(businessKey);
  }

  @Test
  void aSecondClaimForTheSamePersonNamesTheFirstCase() {
    String hash = randomHash();
    String first = randomBusinessKey();
    String second = randomBusinessKey();
    registry.claim(hash, first, TOWNSHIP, AT);

    assertThat(registry.claim(hash, second, "220102002", AT.plusSeconds(60))).contains(first);
    assertThat(registry.claim(hash, first, TOWNSHIP, AT.plusSeconds(120))).contains(first);
    assertThat(registry.earlierCase(hash)).contains(first);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM once_per_province_grant WHERE business_key = ?").param(second)
        .query(Long.class).single()).isZero();
  }

  @Test
  void claimsOfDifferentPeopleDoNotInterfere() {
    assertThat(registry.claim(randomHash(), randomBusinessKey(), TOWNSHIP, AT)).isEmpty();
    assertThat(registry.claim(randomHash(), randomBusinessKey(), TOWNSHIP, AT)).isEmpty();
  }

  @Test
  void aDuplicateLeavesTheSurroundingTransactionUsable() {
    String hash = randomHash();
    String first = randomBusinessKey();
    registry.claim(hash, first, TOWNSHIP, AT);
    String laterPerson = randomHash();
    String laterCase = randomBusinessKey();

    // Like the engine's transaction when the confirmation hits the once-only rule: it must go on and commit.
    Optional<String> earlier = new TransactionTemplate(transactionManager).execute(status -> {
      Optional<String> duplicate = registry.claim(hash, randomBusinessKey(), TOWNSHIP, AT);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM once_per_province_grant WHERE id_number_hash = ?").param(hash)
          .query(Long.class).single()).isEqualTo(1L);
      assertThat(registry.claim(laterPerson, laterCase, TOWNSHIP, AT)).isEmpty();
      assertThat(status.isRollbackOnly()).isFalse();
      return duplicate;
    });

    assertThat(earlier).contains(first);
    assertThat(registry.earlierCase(laterPerson)).contains(laterCase);
  }

  private static String randomHash() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String randomBusinessKey() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }
}
