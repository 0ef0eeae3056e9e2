package org.jiuzhu.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * With expressions in queries switched off, the engine still evaluates those inside a task query's or-queries
 * (checked only at the top level), which would let a caller run expression code through POST /task. Every task
 * query, ad hoc or from a filter, is refused here if any of its or-queries carries an expression.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof TaskQueryImpl query && expressionsForbidden() && hasNestedExpression(query)) {
        throw new BadUserRequestException("Expressions are forbidden in queries, or-queries included");
      }
      return next.execute(command);
    }

    private boolean expressionsForbidden() {
      return !configuration.isEnableExpressionsInAdhocQueries() && !configuration.isEnableExpressionsInStoredQueries();
    }

    private static boolean hasNestedExpression(TaskQueryImpl query) {
      return query.getQueries() != null && query.getQueries().stream()
          .anyMatch(orQuery -> orQuery.getExpressions() != null && !orQuery.getExpressions().isEmpty());
    }
  }
}
