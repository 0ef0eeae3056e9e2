package org.jiuzhu.security;

import java.io.IOException;

import org.jiuzhu.pages.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A person opening an /api page without being logged in gets a Chinese page that sends them to Tasklist's login,
 * not the browser's own password prompt that the Basic challenge would bring up. API clients (no page wanted)
 * and callers with credentials go on to the password check as before.
 */
class LoginPageFilter extends OncePerRequestFilter {

  private final String engineName;
  private final String webappPath;

  LoginPageFilter(String engineName, String webappPath) {
    this.engineName = engineName;
    this.webappPath = webappPath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || !WebappSessionAuthenticationProvider.readOnly(request)
        || !Pages.wanted(request) || WebappSessionAuthenticationProvider.sessionUser(request, engineName) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String tasklist = request.getContextPath() + webappPath + "/app/tasklist/";
    Pages.write(response, HttpStatus.UNAUTHORIZED, "请先登录", "<h1>请先登录</h1><p>本页只供已登录的工作人员查看。请先在"
        + "<a href=\"" + Pages.escape(tasklist) + "\">任务列表（Tasklist）</a>登录，再重新打开本页。</p>");
  }
}
