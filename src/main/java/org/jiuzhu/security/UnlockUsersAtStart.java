package org.jiuzhu.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The way back in when every admin is locked out (the engine locks a user after ten wrong passwords in a row
 * and only an admin may unlock): started with jiuzhu.security.unlock-users, the application unlocks those users.
 * Logged as a warning, because while the setting stays, every restart unlocks them again.
 */
@Component
class UnlockUsersAtStart implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(UnlockUsersAtStart.class);

  private final IdentityService identity;
  private final SecurityProperties properties;

  UnlockUsersAtStart(IdentityService identity, SecurityProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String userId : properties.unlockUsers()) {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        LOG.warn("jiuzhu.security.unlock-users names {}, which is no user; nothing unlocked", userId);
      } else {
        identity.unlockUser(userId);
        LOG.warn("unlocked user {} as jiuzhu.security.unlock-users asks; remove the setting once they can log in",
            userId);
      }
    }
  }
}
