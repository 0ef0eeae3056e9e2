package org.jiuzhu.authority;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The per-case grants when a case changes hands outside its model's steps: 转办 moves a unit's place on the case
 * to another unit (its open steps, its reading rights), 抄送 lets a unit or person read the case without any step
 * of it. Callers check who may do it and run this as the system.
 */
@Component
public class CaseHandOver {

  /** More open steps than any model has at once (a step, its 督办, its city 督办, a notice...). */
  private static final int OPEN_STEPS = 50;

  private final AuthorizationService authorizations;
  private final TaskService tasks;

  CaseHandOver(AuthorizationService authorizations, TaskService tasks) {
    this.authorizations = authorizations;
    this.tasks = tasks;
  }

  /** The unit {@code from} leaves the case and {@code to} takes its place, open steps included. */
  public void moveUnit(String processInstanceId, String from, String to) {
    Grants grants = new Grants(authorizations);
    grants.revoke(from, Resources.PROCESS_INSTANCE, processInstanceId);
    grants.revoke(from, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
    readCase(grants, to, processInstanceId);
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).listPage(0, OPEN_STEPS)) {
      grants.revoke(from, Resources.TASK, task.getId());
      boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(l -> from.equals(l.getGroupId()));
      if (candidate) {
        tasks.deleteCandidateGroup(task.getId(), from);
        tasks.setAssignee(task.getId(), null);
        tasks.addCandidateGroup(task.getId(), to);
      } else {
        grants.grant(to, Resources.TASK, task.getId(), TaskPermissions.READ);
      }
    }
  }

  /** 抄送: read-only, to a unit's group or to one person. */
  public void copyTo(String processInstanceId, String groupId, String userId) {
    Grants grants = new Grants(authorizations);
    if (groupId != null) {
      readCase(grants, groupId, processInstanceId);
    } else {
      grants.grantUser(userId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
      grants.grantUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ);
    }
  }

  private static void readCase(Grants grants, String group, String processInstanceId) {
    grants.grant(group, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }
}
