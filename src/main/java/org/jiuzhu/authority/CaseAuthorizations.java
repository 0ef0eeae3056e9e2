package org.jiuzhu.authority;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Per-case authorizations, granted as the case moves rather than by wildcard: when a case opens, its village,
 * township and county and the supervisors of its county and city may read it (runtime and history); when a
 * step opens, they may read that task. Working on a task is for its candidate group alone, which the engine
 * grants itself (TASK_WORK, see default-user-permission-name-for-task).
 */
final class CaseAuthorizations {

  private CaseAuthorizations() {
  }

  static void caseOpened(DelegateExecution execution) {
    asSystem(() -> grantOnCase(execution));
  }

  static void stepOpened(DelegateTask task) {
    asSystem(() -> grantOnStep(task));
  }

  /** The grants follow from the case, not from the rights of whoever moved it, so they are made as the system. */
  private static void asSystem(Runnable grant) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      grant.run();
      return null;
    });
  }

  private static void grantOnCase(DelegateExecution execution) {
    Grants grants = new Grants(execution.getProcessEngineServices().getAuthorizationService());
    String pi = execution.getProcessInstanceId();
    caseOf(execution).ifPresent(c -> readers(c).forEach(group -> {
      grants.grant(group, Resources.PROCESS_INSTANCE, pi, ProcessInstancePermissions.READ);
      grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, pi, HistoricProcessInstancePermissions.READ);
    }));
  }

  private static void grantOnStep(DelegateTask task) {
    Grants grants = new Grants(task.getProcessEngineServices().getAuthorizationService());
    caseOf(task.getExecution()).ifPresent(c -> readers(c).stream()
        .filter(group -> !isCandidate(task, group))
        .forEach(group -> grants.grant(group, Resources.TASK, task.getId(), TaskPermissions.READ)));
  }

  private static List<String> readers(CaseRef c) {
    return Stream.concat(c.unitGroups().stream(), c.supervisorGroups().stream()).toList();
  }

  private static boolean isCandidate(DelegateTask task, String group) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Procedures that name their units with these variables (villageCode where a village takes part) get per-case
   * access; others none, so only admins see them.
   */
  private static Optional<CaseRef> caseOf(VariableScope variables) {
    Object village = variables.getVariable("villageCode");
    if (variables.getVariable("townshipCode") instanceof String township
        && variables.getVariable("countyCode") instanceof String county) {
      return Optional.of(new CaseRef(null, null, village instanceof String v ? v : null, township, county));
    }
    return Optional.empty();
  }
}
