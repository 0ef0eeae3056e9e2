package org.jiuzhu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who calls /api: the person logged in to the Camunda webapps in this browser session, for pages that only read
 * (GET, HEAD) and for changes the webapps' own pages send with the session's anti-CSRF token (header X-XSRF-TOKEN,
 * as Camunda's webapps send it to their own API; a material uploaded from Tasklist); else HTTP Basic as before.
 * Another site can make a logged-in browser send the cookie but cannot read the token, so it cannot make a
 * change (no CSRF hole).
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    UserAuthentication session = readOnly(request) || carriesSessionToken(request)
        ? sessionUser(request, engine.getName()) : null;
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

  /** Whether the request carries this session's anti-CSRF token, compared in constant time. */
  static boolean carriesSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && !token.isEmpty() && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The webapps' login kept in this request's session for the engine; null if there is none. */
  static UserAuthentication sessionUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engineName);
  }
}
