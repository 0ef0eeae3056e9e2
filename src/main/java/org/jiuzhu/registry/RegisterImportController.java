package org.jiuzhu.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.authority.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * POST /api/registers/imports (text/csv, see {@link RegisterCsv}): admins import another province's or the national
 * system's 低保, 特困 and 建档立卡/脱贫·监测 lists. 201 with the number imported, or 400 with every bad line and column and nothing
 * stored.
 */
@RestController
class RegisterImportController {

  private final RegisterImport registerImport;
  private final CaseAccess access;

  RegisterImportController(RegisterImport registerImport, CaseAccess access) {
    this.registerImport = registerImport;
    this.access = access;
  }

  @PostMapping(path = "/api/registers/imports", consumes = "text/csv")
  ResponseEntity<Map<String, Object>> importList(@RequestBody(required = false) String csv) {
    Authentication caller = access.caller().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!access.groupsOf(caller).contains(CaseAccess.ADMIN_GROUP)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有管理员可以导入低保、特困、建档立卡/脱贫·监测名册");
    }
    RegisterImport.Report report = registerImport.run(csv, caller.getUserId());
    Map<String, Object> body = new LinkedHashMap<>();
    if (report.problems().isEmpty()) {
      body.put("imported", report.imported());
      return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }
    body.put("type", "InvalidInputException");
    body.put("message", "名册不符合要求，未导入任何记录");
    body.put("problems", report.problems());
    return ResponseEntity.badRequest().body(body);
  }
}
