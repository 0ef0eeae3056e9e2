package org.jiuzhu.deployment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins only. GET /api/admin/models: the folders against the engine. POST /api/admin/models/reload
 * [?replaceDrifted=true]: deploy what changed. POST /api/admin/models/export [{"resources": [...]}]: write versions
 * deployed from elsewhere into the folders.
 */
@RestController
class ModelsController {

  private final ModelAdministration models;

  ModelsController(ModelAdministration models) {
    this.models = models;
  }

  record ExportRequest(List<String> resources) {
  }

  @GetMapping("/api/admin/models")
  ModelAdministration.Status status() {
    return models.status();
  }

  @PostMapping("/api/admin/models/reload")
  ModelAdministration.Reloaded reload(@RequestParam(defaultValue = "false") boolean replaceDrifted) {
    return models.reload(replaceDrifted);
  }

  @PostMapping("/api/admin/models/export")
  ModelAdministration.Exported export(@RequestBody(required = false) ExportRequest request) {
    return models.export(request == null || request.resources() == null ? List.of() : request.resources());
  }
}
