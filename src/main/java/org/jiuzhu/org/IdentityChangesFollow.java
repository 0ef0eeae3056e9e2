package org.jiuzhu.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A user or unit an admin adds in the Admin app (or over REST) works at once: after each change of users, groups
 * or memberships the {@link UnitSetup}s run, instead of waiting for the next start. Rights belong to groups, so a
 * user moved to another unit loses the old unit's rights with the membership.
 */
@Component
class IdentityChangesFollow extends AbstractProcessEnginePlugin {

  private static final Set<String> IDENTITY_CHANGES = Set.of("SaveUserCmd", "SaveGroupCmd", "CreateMembershipCmd",
      "DeleteMembershipCmd");

  private final ObjectProvider<UnitSetup> setups;
  // The setups use the engine's services: before the application is ready (the engine itself being built, the
  // first admin created) they run at start anyway.
  private volatile boolean ready;

  IdentityChangesFollow(ObjectProvider<UnitSetup> setups) {
    this.setups = setups;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    ready = true;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    pre.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        // Once the change is committed, and only for a change a caller made (not one nested in another command).
        if (ready && IDENTITY_CHANGES.contains(command.getClass().getSimpleName())
            && Context.getCommandContext() == null) {
          bringUpToDate(configuration.getIdentityService());
        }
        return result;
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
  }

  /** As the system, as at start: the setups read all users and groups, which no user's query may. */
  private void bringUpToDate(IdentityService identity) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      setups.orderedStream().forEach(UnitSetup::bringUpToDate);
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
