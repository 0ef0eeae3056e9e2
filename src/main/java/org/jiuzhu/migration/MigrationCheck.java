package org.jiuzhu.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.instance.MigratingProcessInstance;
import org.camunda.bpm.engine.impl.migration.instance.parser.MigratingInstanceParser;
import org.camunda.bpm.engine.impl.migration.validation.instance.MigratingProcessInstanceValidationReportImpl;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;

/**
 * The engine's own checks of a migration, case by case, migrating nothing: the same parsing and validation the
 * migration itself runs first, so "cannot move" means exactly what the engine would refuse.
 */
class MigrationCheck implements Command<Map<String, List<String>>> {

  private final MigrationPlanExecutionBuilderImpl migration;
  private final List<String> processInstanceIds;
  private final Function<String, String> stepName;

  /** @param stepName the source version's name of a step, by id */
  MigrationCheck(MigrationPlanExecutionBuilderImpl migration, List<String> processInstanceIds,
      Function<String, String> stepName) {
    this.migration = migration;
    this.processInstanceIds = processInstanceIds;
    this.stepName = stepName;
  }

  /** The reasons each case cannot move, in Chinese; an empty list for a case that can. */
  @Override
  public Map<String, List<String>> execute(CommandContext context) {
    Validation validation = new Validation(migration);
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    context.runWithoutAuthorization(() -> {
      processInstanceIds.forEach(id -> reasons.put(id, validation.reasons(context, id)));
      return null;
    });
    return reasons;
  }

  private final class Validation extends MigrateProcessInstanceCmd {

    Validation(MigrationPlanExecutionBuilderImpl migration) {
      super(migration, false);
    }

    List<String> reasons(CommandContext context, String processInstanceId) {
      MigratingProcessInstanceValidationReportImpl report = new MigratingProcessInstanceValidationReportImpl();
      MigratingProcessInstance parsed = new MigratingInstanceParser(context.getProcessEngineConfiguration()
          .getProcessEngine()).parse(processInstanceId, executionBuilder.getMigrationPlan(), report);
      validateInstructions(context, parsed, report);
      List<String> reasons = new ArrayList<>();
      report.getFailures().forEach(failure -> reasons.add(MigrationReasons.of(null, failure)));
      for (MigratingActivityInstanceValidationReport step : report.getActivityInstanceReports()) {
        step.getFailures().forEach(f -> reasons.add(MigrationReasons.of(stepName.apply(step.getSourceScopeId()), f)));
      }
      for (MigratingTransitionInstanceValidationReport step : report.getTransitionInstanceReports()) {
        step.getFailures().forEach(f -> reasons.add(MigrationReasons.of(stepName.apply(step.getSourceScopeId()), f)));
      }
      return reasons.stream().distinct().toList();
    }
  }
}
