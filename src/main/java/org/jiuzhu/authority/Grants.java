package org.jiuzhu.authority;

import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants a group or user permissions on one resource, adding to what it already has rather than duplicating rows. */
class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    save(grantOf(authorizations.createAuthorizationQuery().groupIdIn(groupId), resource, resourceId,
        grant -> grant.setGroupId(groupId)), permissions);
  }

  void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    save(grantOf(authorizations.createAuthorizationQuery().userIdIn(userId), resource, resourceId,
        grant -> grant.setUserId(userId)), permissions);
  }

  /** The grant the query finds on the resource, or a new one for whom {@code holder} names. */
  private Authorization grantOf(AuthorizationQuery whose, Resource resource, String resourceId,
      Consumer<Authorization> holder) {
    Authorization grant = whose.authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource)
        .resourceId(resourceId).singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      holder.accept(grant);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    return grant;
  }

  /** Withdraws whatever the group was granted on the resource. */
  void revoke(String groupId, Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).listPage(0, 10)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private void save(Authorization grant, Permission... permissions) {
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
