package org.jiuzhu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jiuzhu.EngineTestTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Ten wrong passwords lock the demo admin for good, and restarting with JIUZHU_SECURITY_UNLOCKUSERS naming it
 * lets it in again. The engine's clock is moved past each wait the engine imposes between tries.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnlockUsersAtStartTest {

  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  @Autowired IdentityService identity;

  @AfterEach
  void unlockAndResetClock() {
    identity.unlockUser("demo");
    ClockUtil.reset();
  }

  @Test
  void tenWrongPasswordsLockTheAdminUntilAStartWithUnlockUsers(CapturedOutput output) {
    for (int attempt = 0; attempt < 10; attempt++) {
      // the longest wait between counted tries is a minute
      EngineTestTime.at(START.plus(Duration.ofMinutes(2L * attempt)));
      assertThat(identity.checkPassword("demo", "wrong")).isFalse();
    }
    EngineTestTime.at(START.plus(Duration.ofDays(1)));
    assertThat(identity.checkPassword("demo", "demo")).as("locked a day later").isFalse();

    new UnlockUsersAtStart(identity, fromEnvironment(Map.of("JIUZHU_SECURITY_UNLOCKUSERS", "demo, nobody"))).run(null);

    assertThat(identity.checkPassword("demo", "demo")).isTrue();
    assertThat(output.getOut()).contains("unlocked user demo").contains("names nobody, which is no user");
  }

  /** The settings as the application binds them from environment variables (named so, Spring reads them so). */
  private static SecurityProperties fromEnvironment(Map<String, Object> variables) {
    return new Binder(ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
        .bindOrCreate("jiuzhu.security", SecurityProperties.class);
  }
}
