package org.jiuzhu.migration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * A migrated open task takes the name and description of its step in the new version (its form follows the new
 * step by itself, being looked up from the task's definition). The engine keeps a task's stored name on
 * migration and calls no listener; the one thing it does for every migrated task, inside the migration's
 * transaction and also in batch jobs, is produce its "migrate" history event, so the renaming happens there and
 * history records the new name too. Due dates are left alone: a migration never moves a time limit.
 */
@Component
class MigratedTasksTakeTheirStep extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new Producer());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_MIGRATE, null)) {
      throw new IllegalStateException("History level " + configuration.getHistoryLevel().getName()
          + " produces no task migration events: migrated tasks would keep their old names (use activity or above)");
    }
  }

  static final class Producer extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createTaskInstanceMigrateEvt(DelegateTask task) {
      TaskEntity migrated = (TaskEntity) task;
      TaskDefinition step = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(migrated.getProcessDefinitionId()).getTaskDefinitions()
          .get(migrated.getTaskDefinitionKey());
      if (step != null) {
        migrated.setNameWithoutCascade(text(step.getNameExpression(), migrated));
        migrated.setDescriptionWithoutCascade(text(step.getDescriptionExpression(), migrated));
      }
      return super.createTaskInstanceMigrateEvt(task);
    }

    private static String text(Expression expression, TaskEntity task) {
      return expression == null ? null : (String) expression.getValue(task);
    }
  }
}
