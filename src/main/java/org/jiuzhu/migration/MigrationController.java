package org.jiuzhu.migration;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins only. GET /api/admin/migrations/procedures; GET /api/admin/migrations/plan?processKey=…&amp;sourceVersion=N;
 * POST /api/admin/migrations {"processKey": "…", "sourceVersion": N} moves the movable cases to the latest version.
 */
@RestController
class MigrationController {

  private final CaseMigration migration;

  MigrationController(CaseMigration migration) {
    this.migration = migration;
  }

  record MigrationRequest(String processKey, Integer sourceVersion) {
  }

  @GetMapping("/api/admin/migrations/procedures")
  List<CaseMigration.Procedure> procedures() {
    return migration.procedures();
  }

  @GetMapping("/api/admin/migrations/plan")
  CaseMigration.Plan plan(@RequestParam String processKey, @RequestParam int sourceVersion) {
    return migration.plan(processKey, sourceVersion);
  }

  @PostMapping("/api/admin/migrations")
  CaseMigration.Started migrate(@RequestBody MigrationRequest request) {
    if (request.processKey() == null || request.sourceVersion() == null) {
      throw new IllegalArgumentException("请指定流程（processKey）和要迁移的版本（sourceVersion）");
    }
    return migration.migrate(request.processKey(), request.sourceVersion());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("type", "NotFoundException", "message", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequestException", "message", e.getMessage()));
  }
}
