package org.jiuzhu.org;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * What every user and unit needs before they can work (Tasklist filters, standing rights): made at every start,
 * and again as soon as an admin adds a user or a unit or moves a user to another unit (see
 * {@link IdentityChangesFollow}). Each setup adds only what is missing, so running it again is harmless.
 */
public interface UnitSetup extends ApplicationRunner {

  void bringUpToDate();

  @Override
  default void run(ApplicationArguments args) {
    bringUpToDate();
  }
}
