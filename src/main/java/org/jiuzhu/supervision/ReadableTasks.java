package org.jiuzhu.supervision;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's own authorization check of task queries, for the plugin's queries over ACT_RU_TASK RES joined
 * with ACT_RE_PROCDEF D (overdue-steps.xml): a task is readable with READ on it or READ_TASK on its procedure.
 */
final class ReadableTasks {

  private ReadableTasks() {
  }

  static <Q extends ListQueryParameterObject> Q by(Q query, String userId, List<String> groupIds) {
    AuthorizationCheck check = query.getAuthCheck();
    check.setAuthorizationCheckEnabled(true);
    check.setAuthUserId(userId);
    check.setAuthGroupIds(groupIds);
    check.addAtomicPermissionCheck(permission(Resources.TASK, "RES.ID_", Permissions.READ));
    check.addAtomicPermissionCheck(permission(Resources.PROCESS_DEFINITION, "D.KEY_", ProcessDefinitionPermissions.READ_TASK));
    return query;
  }

  private static PermissionCheck permission(Resource resource, String column, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceIdQueryParam(column);
    check.setPermission(permission);
    return check;
  }
}
