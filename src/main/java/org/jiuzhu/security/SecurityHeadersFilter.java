package org.jiuzhu.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answers of /api (JSON and the pages staff open) and /engine-rest (JSON, and deployed resources
 * served as they are) must not be content-sniffed, framed, or run anything they did not ship. Set before the
 * request goes on, so every answer carries them: 401 from the password check, 429 from the login throttle and
 * the error pages included. The Camunda webapps send their own (camunda.bpm.webapp.header-security).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  /**
   * The pages of /api (pages.Pages, the refusal notice) have inline style sheets and no script, but the refusal
   * notice's print button, whose handler {@code window.print()} is allowed by its hash and is the only script
   * that may run.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-hashes' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='; img-src 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
