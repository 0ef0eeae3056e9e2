package org.jiuzhu.integrity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every failure answered by the engine's REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api})
 * becomes {@code {"type", "message", "problems"}} with a short Chinese message and the status that says whose
 * problem it is (400 bad input, 403 not allowed, 404 unknown, 409 someone was quicker), classified from the
 * engine's exception where there is one. The REST layer would otherwise answer most engine failures with 500
 * and the engine's text, task ids and SQL included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
public class ApiErrorResponses extends OncePerRequestFilter {

  private static final Pattern ENGINE_API = Pattern.compile("/engine-rest/.*|/camunda/api/.*");
  private static final ThreadLocal<ApiError> LAST_FAILURE = new ThreadLocal<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  static void remember(ApiError error) {
    LAST_FAILURE.set(error);
  }

  static void forget() {
    LAST_FAILURE.remove();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = request.getDispatcherType() == DispatcherType.ERROR && original instanceof String o ? o
        : request.getRequestURI();
    return !ENGINE_API.matcher(uri.substring(request.getContextPath().length())).matches();
  }

  /** Filters which answered with sendError (the webapps' CSRF and login checks) reach here as an error dispatch. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      int status = response.getStatus();
      if (status == HttpServletResponse.SC_UNAUTHORIZED || status == 429) {
        chain.doFilter(request, response);
      } else {
        write(response, ApiError.ofStatus(status));
      }
      return;
    }
    forget();
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, cached);
      int status = cached.getStatus();
      // 401 carries the browser's login challenge, 429 the login throttle's own Chinese answer.
      if (status >= 400 && status != 401 && status != 429) {
        ApiError error = LAST_FAILURE.get() != null ? LAST_FAILURE.get() : ApiError.ofStatus(status);
        cached.resetBuffer();
        write(response, error);
      } else {
        cached.copyBodyToResponse();
      }
    } finally {
      forget();
    }
  }

  private static void write(HttpServletResponse response, ApiError error) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", error.type());
    body.put("message", error.message());
    if (!error.problems().isEmpty()) {
      body.put("problems", error.problems());
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(error.status());
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }
}
