package org.jiuzhu.supervision;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.QueryParameters;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.jiuzhu.authority.CaseAccess;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Cockpit's 人工任务 page asks the engine for the open tasks per candidate group, a report the engine gives only
 * to who may read every task (READ on all tasks), so for a supervisor the page fails. For a logged-in user who is
 * not an admin the webapps' API answers it from the tasks that user may read, as the engine's task queries would
 * show them: a supervisor sees the workload of the units of their area. Admins get the engine's own report.
 */
@Component
class ReadableTaskReport extends OncePerRequestFilter {

  /** One row of the report, as the engine's REST API writes it. */
  record GroupCount(String groupName, long taskCount) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Pattern report;

  ReadableTaskReport(CamundaBpmProperties camunda) {
    report = Pattern.compile(Pattern.quote(camunda.getWebapp().getApplicationPath())
        + "/api/engine/engine/([^/]+)/task/report/candidate-group-count");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return !"GET".equals(request.getMethod()) || accept != null && accept.contains("text/csv")
        || !report.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher path = report.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    path.matches();
    String engine = path.group(1);
    HttpSession session = request.getSession(false);
    UserAuthentication user = session == null ? null
        : (UserAuthentication) AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine);
    // Nobody logged in is the webapps' to refuse; admins may read every task and get the engine's report.
    if (user == null || user.getGroupIds() != null && user.getGroupIds().contains(CaseAccess.ADMIN_GROUP)) {
      chain.doFilter(request, response);
      return;
    }
    QueryParameters query = ReadableTasks.by(new QueryParameters(), user.getIdentityId(), user.getGroupIds());
    query.disableMaxResultsLimit();
    List<GroupCount> counts = Cockpit.getQueryService(engine).executeQuery("jiuzhu.overdue.selectReadableOpenTaskCountByGroup", query);
    response.setContentType("application/json;charset=UTF-8");
    JSON.writeValue(response.getOutputStream(), counts);
  }
}
