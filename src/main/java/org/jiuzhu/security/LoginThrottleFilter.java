package org.jiuzhu.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Login attempts from an address the {@link LoginThrottle} has blocked are answered 429 before any password is
 * checked; the others go on, and a 401 from the password check counts against the address. A login attempt is
 * any call to /engine-rest or /api carrying credentials (HTTP Basic checks them on every call) and the webapps'
 * login form. Calls without credentials are no attempt and get their 401 as before.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BASIC_AUTHENTICATED = Pattern.compile("/(engine-rest|api)/.*");

  private final LoginThrottle throttle;
  private final Pattern webappLogin;

  /** @param webappPath where the Camunda webapps are, camunda.bpm.webapp.application-path */
  LoginThrottleFilter(LoginThrottle throttle, String webappPath) {
    this.throttle = throttle;
    this.webappLogin = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean formLogin = "POST".equals(request.getMethod()) && webappLogin.matcher(path).matches();
    boolean basicLogin = request.getHeader(HttpHeaders.AUTHORIZATION) != null
        && BASIC_AUTHENTICATED.matcher(path).matches();
    return !formLogin && !basicLogin;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The connection's address: X-Forwarded-For is the client's to forge. Behind a reverse proxy, Tomcat's
    // RemoteIpValve (server.forward-headers-strategy=native) puts the client's address here, trusting the
    // proxies server.tomcat.remoteip.internal-proxies names (by default any private address: narrow it).
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address);
    if (!wait.isZero()) {
      long seconds = (wait.toMillis() + 999) / 1000;
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      JSON.writeValue(response.getWriter(), Map.of("type", "TooManyLoginAttempts",
          "message", "登录失败次数过多，请 " + seconds + " 秒后再试"));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(address);
    }
  }
}
