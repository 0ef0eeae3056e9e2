package org.jiuzhu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The rules of {@link LoginThrottle}, on a clock the tests move. */
class LoginThrottleTest {

  private static final String ADDRESS = "203.0.113.7";

  private final MovableClock clock = new MovableClock();
  private LoginThrottle throttle = throttle(10_000);

  @Test
  void tenFailuresWithinTenMinutesBlockTheAddressForAMinute() {
    fail(9, Duration.ofMinutes(1));
    assertThat(throttle.waitFor(ADDRESS)).isZero();

    throttle.failed(ADDRESS);

    assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofMinutes(1));
    clock.move(Duration.ofSeconds(45));
    assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofSeconds(15));
    clock.move(Duration.ofSeconds(15));
    assertThat(throttle.waitFor(ADDRESS)).isZero();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    fail(9, Duration.ZERO);
    clock.move(Duration.ofMinutes(10));

    throttle.failed(ADDRESS);

    assertThat(throttle.waitFor(ADDRESS)).isZero();
  }

  @Test
  void afterABlockEachFailureBlocksAgainTwiceAsLongUpToAnHour() {
    fail(10, Duration.ZERO);
    for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
      clock.move(throttle.waitFor(ADDRESS));
      assertThat(throttle.waitFor(ADDRESS)).isZero();

      throttle.failed(ADDRESS);

      assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofMinutes(minutes));
    }
  }

  @Test
  void aDayWithoutFailuresStartsTheAddressAfresh() {
    fail(10, Duration.ZERO);
    clock.move(Duration.ofHours(24));

    fail(9, Duration.ZERO);

    assertThat(throttle.waitFor(ADDRESS)).isZero();
  }

  @Test
  void eachAddressCountsForItself() {
    fail(10, Duration.ZERO);

    throttle.failed("203.0.113.8");

    assertThat(throttle.waitFor("203.0.113.8")).isZero();
    assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void onlyTheMostRecentlyActiveAddressesAreRemembered() {
    throttle = throttle(2);
    fail(10, Duration.ZERO);
    throttle.failed("203.0.113.8");
    throttle.failed("203.0.113.9");

    assertThat(throttle.waitFor(ADDRESS)).as("forgotten").isZero();
  }

  @Test
  void everySettingMustBeAboveZero() {
    assertThatThrownBy(() -> new SecurityProperties.Throttle(10, Duration.ZERO, Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofHours(24), 10_000))
        .hasMessageContaining("jiuzhu.security.login-throttle");
  }

  private LoginThrottle throttle(int maxAddresses) {
    return new LoginThrottle(new SecurityProperties.Throttle(10, Duration.ofMinutes(10), Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofHours(24), maxAddresses), clock);
  }

  /** Failures from ADDRESS, {@code apart} from one another. */
  private void fail(int times, Duration apart) {
    for (int i = 0; i < times; i++) {
      if (i > 0) {
        clock.move(apart);
      }
      throttle.failed(ADDRESS);
    }
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-03-02T01:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
