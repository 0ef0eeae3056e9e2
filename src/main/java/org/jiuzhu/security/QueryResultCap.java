package org.jiuzhu.security;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine refuses a user's query for more than query-max-results-limit rows, and also any query that
 * names no limit at all. REST clients that page nothing (the contract's GET /task?processInstanceId=…) get the
 * limit as their page size instead of an error; a client asking for more still gets the engine's refusal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class QueryResultCap extends OncePerRequestFilter {

  private static final Pattern ENGINE_API = Pattern.compile("/engine-rest/.*|/camunda/api/engine/.*");
  private static final Pattern HAS_LIMIT = Pattern.compile("(^|&)maxResults=");

  private final String limit;

  QueryResultCap(@Value("${camunda.bpm.generic-properties.properties.query-max-results-limit}") int limit) {
    this.limit = Integer.toString(limit);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String query = request.getQueryString();
    return !ENGINE_API.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
        || query != null && HAS_LIMIT.matcher(query).find();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    String capped = (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + limit;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return capped;
      }
    }, response);
  }
}
