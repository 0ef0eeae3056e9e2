package org.jiuzhu.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who calls /api: the person logged in to the Camunda webapps in this browser session, for pages that only read
 * (GET, HEAD), else HTTP Basic as before. A change (the reserve fund's top-up) never rides on the session's
 * cookie, so another site cannot make a logged-in browser send one (no CSRF hole): it needs the Basic password.
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    UserAuthentication session = readOnly(request) ? sessionUser(request, engine.getName()) : null;
    if (session == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    AuthenticationResult result = AuthenticationResult.successful(session.getIdentityId());
    result.setGroups(session.getGroupIds());
    result.setTenants(session.getTenantIds());
    return result;
  }

  static boolean readOnly(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** The webapps' login kept in this request's session for the engine; null if there is none. */
  static UserAuthentication sessionUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engineName);
  }
}
