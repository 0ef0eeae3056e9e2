package org.jiuzhu.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error answered outside the engine's APIs (those are {@code ApiErrorResponses}'), in Chinese: a page for a
 * person's browser, {"type", "message"} for API clients, never Spring's Whitelabel page or a stack trace. The
 * message is the project's own reason (a ResponseStatusException's), else one sentence for the status.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

  private final ErrorAttributes errors;

  ErrorPages(ErrorAttributes errors) {
    this.errors = errors;
  }

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request) {
    HttpStatus status = status(request);
    String title = status.value() + " " + title(status);
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(Pages.page(title, "<h1>" + Pages.escape(title) + "</h1><p>" + Pages.escape(message(request, status))
            + "</p>"));
  }

  @RequestMapping
  ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
    HttpStatus status = status(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", status.is5xxServerError() ? "ServerError" : "RequestError");
    body.put("message", message(request, status));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  /** Only the project's own reasons are shown: other exceptions may carry engine or SQL text. */
  private String message(HttpServletRequest request, HttpStatus status) {
    Throwable error = errors.getError(new ServletWebRequest(request));
    if (error instanceof ResponseStatusException e && e.getReason() != null && !status.is5xxServerError()) {
      return e.getReason();
    }
    return switch (status.value()) {
      case 400 -> "请求有误，请检查网址和所填内容";
      case 401 -> "请先登录";
      case 403 -> "无权查看此页或进行此操作";
      case 404 -> "没有这个页面，请检查网址";
      case 405 -> "不支持该请求方法";
      case 406, 415 -> "不支持该数据格式";
      default -> status.is5xxServerError() ? "系统处理出错，请稍后再试；如仍出错请联系管理员" : "请求未被接受";
    };
  }

  private static String title(HttpStatus status) {
    return switch (status.value()) {
      case 401 -> "未登录";
      case 403 -> "无权访问";
      case 404 -> "页面不存在";
      default -> status.is5xxServerError() ? "系统出错" : "请求有误";
    };
  }
}
