package org.jiuzhu.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API answers any failure of POST /process-definition/…/start with 500. A portal must be able to
 * tell bad materials (its user's to fix) from a fault, so starts of procedures with a {@link StartCheck} are
 * checked here first and refused with 400 naming each field and rule. The engine checks again on start, so
 * nothing depends on this guard but the status code.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class StartRequestGuard extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      "/engine-rest/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, StartCheck> checks;
  private final RepositoryService repositoryService;

  StartRequestGuard(List<StartCheck> checks, RepositoryService repositoryService) {
    this.checks = checks.stream().collect(Collectors.toMap(StartCheck::processKey, Function.identity()));
    this.repositoryService = repositoryService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !START.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    StartCheck check = checkFor(request);
    if (check != null) {
      List<Problem> problems = check.problems(variables(body));
      if (!problems.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidInputException",
            "message", new InvalidInputException(check.what(), problems).getMessage(),
            "problems", problems)));
        return;
      }
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private StartCheck checkFor(HttpServletRequest request) {
    Matcher m = START.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!m.matches()) {
      return null;
    }
    String key = m.group(1);
    if (key == null) {
      try {
        key = repositoryService.getProcessDefinition(m.group(2)).getKey();
      } catch (NullValueException | org.camunda.bpm.engine.exception.NotFoundException unknown) {
        return null; // the REST API answers an unknown definition itself
      }
    }
    return checks.get(key);
  }

  /** Variables as the engine would receive them; a body that is not JSON is left to the REST API to refuse. */
  private static Map<String, Object> variables(byte[] body) {
    Map<String, Object> variables = new HashMap<>();
    try {
      JsonNode node = JSON.readTree(body).path("variables");
      node.fields().forEachRemaining(e -> variables.put(e.getKey(), plain(e.getValue().path("value"))));
    } catch (IOException notJson) {
      return variables;
    }
    return variables;
  }

  private static Object plain(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.asText() : JSON.convertValue(value, Object.class);
  }

  /** Lets the REST API read the body this guard already read. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
