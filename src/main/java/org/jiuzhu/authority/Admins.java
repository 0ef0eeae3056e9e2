package org.jiuzhu.authority;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Admin-only operations of the project's own (models, migration): the caller the engine knows for this request,
 * set by /api's HTTP Basic and by the webapps' session alike, must be in camunda-admin.
 */
@Component
public class Admins {

  private final CaseAccess access;

  Admins(CaseAccess access) {
    this.access = access;
  }

  /** The calling admin's user id; {@link NotAnAdmin} for anyone else, or nobody. */
  public String require() {
    Authentication caller = access.caller().orElseThrow(NotAnAdmin::new);
    if (caller.getUserId() == null || !access.groupsOf(caller).contains(CaseAccess.ADMIN_GROUP)) {
      throw new NotAnAdmin();
    }
    return caller.getUserId();
  }

  /** Answered 403. */
  public static class NotAnAdmin extends RuntimeException {

    public NotAnAdmin() {
      super("只有管理员（camunda-admin）可以重新部署模型和迁移案件");
    }
  }
}
