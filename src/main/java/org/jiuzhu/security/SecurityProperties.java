package org.jiuzhu.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code jiuzhu.security}.
 *
 * @param unlockUsers   users to unlock at start-up (env {@code JIUZHU_SECURITY_UNLOCKUSERS}, comma-separated),
 *                      the way back in when every admin is locked out; remove it once they can log in again
 * @param loginThrottle failed logins per client address, see {@link LoginThrottle}
 */
@ConfigurationProperties("jiuzhu.security")
public record SecurityProperties(@DefaultValue List<String> unlockUsers, Throttle loginThrottle) {

  /**
   * @param maxFailures  failed logins from one address within {@code window} that block it
   * @param window       see {@code maxFailures}
   * @param firstBlock   how long the first block lasts; each further one lasts twice as long as the one before
   * @param maxBlock     the longest block
   * @param forgetAfter  time without a failure after which an address starts afresh
   * @param maxAddresses addresses remembered at once; the least recently active is forgotten first
   */
  public record Throttle(int maxFailures, Duration window, Duration firstBlock, Duration maxBlock,
      Duration forgetAfter, int maxAddresses) {

    public Throttle {
      if (maxFailures < 1 || maxAddresses < 1 || !positive(window) || !positive(firstBlock)
          || !positive(maxBlock) || !positive(forgetAfter)) {
        throw new IllegalArgumentException("jiuzhu.security.login-throttle needs every setting, each above zero");
      }
    }

    private static boolean positive(Duration duration) {
      return duration != null && duration.compareTo(Duration.ZERO) > 0;
    }
  }
}
