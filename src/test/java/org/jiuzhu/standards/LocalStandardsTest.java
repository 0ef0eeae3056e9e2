package org.jiuzhu.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

class LocalStandardsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final AtomicInteger NEXT_COUNTY = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

  @Test
  void amountsAreNormalisedToFen() {
    LocalStandard standard = new LocalStandard("220102", DAY, new BigDecimal("820"), new BigDecimal("590.5"),
        new BigDecimal("1880.00"));

    assertThat(standard.urbanDibao()).isEqualTo(new BigDecimal("820.00")).hasScaleOf(2);
    assertThat(standard.ruralDibao()).isEqualTo(new BigDecimal("590.50")).hasScaleOf(2);
    assertThat(standard.minimumWage()).isEqualTo(new BigDecimal("1880.00")).hasScaleOf(2);
  }

  @Test
  void trailingZerosBeyondFenAreNoExtraDecimals() {
    LocalStandard standard = new LocalStandard("220102", DAY, new BigDecimal("820.000"), new BigDecimal("590.10"),
        new BigDecimal("1880"));

    assertThat(standard.urbanDibao()).isEqualTo(new BigDecimal("820.00")).hasScaleOf(2);
  }

  @Test
  void refusesZeroNamingTheField() {
    assertThatThrownBy(() -> new LocalStandard("220102", DAY, BigDecimal.ZERO, new BigDecimal("590"),
        new BigDecimal("1880")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("urbanDibao");
  }

  @Test
  void refusesNegativeNamingTheField() {
    assertThatThrownBy(() -> new LocalStandard("220102", DAY, new BigDecimal("820"), new BigDecimal("-1"),
        new BigDecimal("1880")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ruralDibao");
  }

  @Test
  void refusesThreeDecimalsNamingTheField() {
    assertThatThrownBy(() -> new LocalStandard("220102", DAY, new BigDecimal("820"), new BigDecimal("590"),
        new BigDecimal("1880.005")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("minimumWage");
  }

  @Test
  void refusesAMissingAmountNamingTheField() {
    assertThatThrownBy(() -> new LocalStandard("220102", DAY, new BigDecimal("820"), null, new BigDecimal("1880")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ruralDibao");
  }

  @Nested
  @SpringBootTest
  @ActiveProfiles("test")
  class InForce {

    @Autowired
    LocalStandards standards;

    @Test
    void isTheLatestStandardEffectiveOnOrBeforeTheDay() {
      String county = randomCounty();
      String neighbour = randomCounty();
      standards.save(standard(county, LocalDate.of(2024, 7, 1), "900"));
      standards.save(standard(county, LocalDate.of(2024, 1, 1), "820"));
      standards.save(standard(county, LocalDate.of(2025, 1, 1), "950.5"));
      standards.save(standard(neighbour, LocalDate.of(2024, 3, 1), "700"));

      assertThat(urbanDibao(county, LocalDate.of(2024, 1, 1))).isEqualTo("820.00");
      assertThat(urbanDibao(county, LocalDate.of(2024, 3, 1))).isEqualTo("820.00");
      assertThat(urbanDibao(county, LocalDate.of(2024, 6, 30))).isEqualTo("820.00");
      assertThat(urbanDibao(county, LocalDate.of(2024, 7, 1))).isEqualTo("900.00");
      assertThat(urbanDibao(county, LocalDate.of(2024, 12, 31))).isEqualTo("900.00");
      assertThat(urbanDibao(county, LocalDate.of(2025, 1, 1))).isEqualTo("950.50");
      assertThat(urbanDibao(county, LocalDate.of(2030, 6, 1))).isEqualTo("950.50");

      LocalStandard found = standards.inForce(county, LocalDate.of(2024, 8, 15)).orElseThrow();
      assertThat(found).isEqualTo(standard(county, LocalDate.of(2024, 7, 1), "900"));
    }

    @Test
    void isEmptyBeforeTheFirstStandard() {
      String county = randomCounty();
      standards.save(standard(county, LocalDate.of(2024, 1, 1), "820"));

      assertThat(standards.inForce(county, LocalDate.of(2023, 12, 31))).isEmpty();
      assertThat(standards.inForce(county, LocalDate.of(2024, 1, 1))).isPresent();
      assertThat(standards.inForce(randomCounty(), LocalDate.of(2024, 1, 1))).isEmpty();
    }

    private String urbanDibao(String county, LocalDate day) {
      return standards.inForce(county, day).orElseThrow().urbanDibao().toPlainString();
    }
  }

  private static LocalStandard standard(String county, LocalDate from, String urban) {
    return new LocalStandard(county, from, new BigDecimal(urban), new BigDecimal("600"), new BigDecimal("1880"));
  }

  /** "99" and four digits from a random start: counties no other test uses, and distinct within the run. */
  private static String randomCounty() {
    return "99" + String.format("%04d", NEXT_COUNTY.getAndIncrement() % 10_000);
  }
}
