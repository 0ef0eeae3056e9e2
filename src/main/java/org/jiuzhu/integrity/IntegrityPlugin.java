package org.jiuzhu.integrity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the approval's guards into the engine itself, below every client: the models' declarations are read as
 * they deploy, {@link OutermostCommand} wraps every command a caller issues and {@link CommandGuard} checks it
 * inside the engine's transaction.
 */
@Component
class IntegrityPlugin extends AbstractProcessEnginePlugin {

  private final Declarations declarations = new Declarations();
  private final RefusedAttempts refusedAttempts;

  IntegrityPlugin(RefusedAttempts refusedAttempts) {
    this.refusedAttempts = refusedAttempts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> parseListeners =
        configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(declarations);
    configuration.setCustomPreBPMNParseListeners(parseListeners);

    List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    pre.add(0, new OutermostCommand(configuration::getIdentityService, refusedAttempts));
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);

    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    post.add(new CommandGuard(declarations));
    configuration.setCustomPostCommandInterceptorsTxRequired(post);
  }
}
