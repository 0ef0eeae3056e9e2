package org.jiuzhu.authority;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A non-admin calling an admin-only /api endpoint is answered 403 in the API's error shape. */
@RestControllerAdvice
class NotAnAdminAnswer {

  @ExceptionHandler(Admins.NotAnAdmin.class)
  ResponseEntity<Map<String, Object>> forbidden(Admins.NotAnAdmin e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("type", "AuthorizationException", "message", e.getMessage()));
  }
}
