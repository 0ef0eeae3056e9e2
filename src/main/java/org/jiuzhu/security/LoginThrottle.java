package org.jiuzhu.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins per client address. The engine slows down and locks guessing one user's password, not an
 * address trying a few passwords on each of many users. Here {@code maxFailures} failures within {@code window}
 * block the address for {@code firstBlock}; after that every further failure blocks it again, each time twice as
 * long, up to {@code maxBlock}, until the address has gone {@code forgetAfter} without a failure. Waiting out
 * a block therefore buys a guesser one try, not another {@code maxFailures}. A successful login is not counted:
 * it proves one user knew their password, not that the other attempts from the address were honest.
 */
class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final SecurityProperties.Throttle settings;
  private final Clock clock;
  /** In order of last use, so that the least recently active address is the one forgotten when full. */
  private final Map<String, Address> addresses;

  LoginThrottle(SecurityProperties.Throttle settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "jiuzhu.security.login-throttle is not set");
    this.clock = clock;
    this.addresses = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Address> eldest) {
        return size() > settings.maxAddresses();
      }
    };
  }

  /** How long the address must wait before its next login attempt; zero if it may try now. */
  synchronized Duration waitFor(String address) {
    Address a = addresses.get(address);
    Instant now = clock.instant();
    return a == null || !now.isBefore(a.blockedUntil) ? Duration.ZERO : Duration.between(now, a.blockedUntil);
  }

  synchronized void failed(String address) {
    Instant now = clock.instant();
    Address a = addresses.get(address);
    if (a == null || !now.isBefore(a.lastFailure.plus(settings.forgetAfter()))) {
      a = new Address();
      addresses.put(address, a);
    }
    a.lastFailure = now;
    if (a.blocks == 0) {
      a.recentFailures.addLast(now);
      while (!a.recentFailures.getFirst().isAfter(now.minus(settings.window()))) {
        a.recentFailures.removeFirst();
      }
      if (a.recentFailures.size() < settings.maxFailures()) {
        return;
      }
      a.recentFailures.clear();
    }
    Duration block = blockAfter(a.blocks++);
    a.blockedUntil = now.plus(block);
    LOG.warn("login attempts from {} refused for {} after repeated failed logins", address, block);
  }

  private Duration blockAfter(int earlierBlocks) {
    Duration block = settings.firstBlock();
    for (int i = 0; i < earlierBlocks && block.compareTo(settings.maxBlock()) < 0; i++) {
      block = block.multipliedBy(2);
    }
    return block.compareTo(settings.maxBlock()) < 0 ? block : settings.maxBlock();
  }

  private static final class Address {
    /** Failures within the window, kept only until the first block. */
    final Deque<Instant> recentFailures = new ArrayDeque<>();
    int blocks;
    Instant blockedUntil = Instant.MIN;
    Instant lastFailure;
  }
}
