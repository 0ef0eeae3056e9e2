package org.jiuzhu.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.Admins;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.validation.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins maintain the org units and the local standards here rather than by SQL; every change is checked, all
 * problems answered at once, and recorded in the audit trail.
 */
@RestController
class OrgAdminController {

  static final String AUDIT_KEY = "ORG-ADMIN";

  private final Admins admins;
  private final OrgUnits units;
  private final LocalStandards standards;
  private final IdentityService identity;
  private final AuditTrail trail;

  OrgAdminController(Admins admins, OrgUnits units, LocalStandards standards, IdentityService identity,
      AuditTrail trail) {
    this.admins = admins;
    this.units = units;
    this.standards = standards;
    this.identity = identity;
    this.trail = trail;
  }

  @GetMapping("/api/admin/org-units")
  List<OrgUnit> units() {
    admins.require();
    return units.all();
  }

  /** Registers the unit and, for a unit that works cases, its engine group (filters and rights follow at once). */
  @PostMapping("/api/admin/org-units")
  ResponseEntity<Object> addUnit(@RequestBody NewOrgUnit unit) {
    String admin = admins.require();
    List<Problem> problems = unit.problems(units::find);
    if (!problems.isEmpty()) {
      return refused("单位信息不符合要求", problems);
    }
    OrgUnit added = unit.toUnit();
    units.ensure(added);
    if (added.level() != OrgLevel.CITY && identity.createGroupQuery().groupId(added.group()).count() == 0) {
      Group group = identity.newGroup(added.group());
      group.setName(added.name());
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    trail.record(admin, AUDIT_KEY, added.countyCodeOrNull(), "登记单位", added.code() + " " + added.name());
    return ResponseEntity.status(HttpStatus.CREATED).body(added);
  }

  @GetMapping("/api/admin/local-standards")
  List<LocalStandard> standardsOf(@RequestParam String countyCode) {
    admins.require();
    return standards.of(countyCode);
  }

  record NewStandard(String countyCode, LocalDate effectiveFrom, BigDecimal urbanDibao, BigDecimal ruralDibao,
      BigDecimal minimumWage) {
  }

  @PostMapping("/api/admin/local-standards")
  ResponseEntity<Object> addStandard(@RequestBody NewStandard standard) {
    String admin = admins.require();
    List<Problem> problems = new ArrayList<>();
    if (units.find(String.valueOf(standard.countyCode())).filter(u -> u.level() == OrgLevel.COUNTY).isEmpty()) {
      problems.add(new Problem("countyCode", "须为已登记的县（市、区）代码"));
    }
    if (standard.effectiveFrom() == null) {
      problems.add(new Problem("effectiveFrom", "必填（生效日期，如 2027-01-01）"));
    } else if (standards.of(String.valueOf(standard.countyCode())).stream()
        .anyMatch(s -> s.effectiveFrom().equals(standard.effectiveFrom()))) {
      problems.add(new Problem("effectiveFrom", "该县同一生效日期已有标准"));
    }
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    amounts.put("urbanDibao", standard.urbanDibao());
    amounts.put("ruralDibao", standard.ruralDibao());
    amounts.put("minimumWage", standard.minimumWage());
    amounts.forEach((field, amount) -> {
      if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
        problems.add(new Problem(field, "须为大于0、最多两位小数的金额（元）"));
      }
    });
    if (!problems.isEmpty()) {
      return refused("当地标准不符合要求", problems);
    }
    LocalStandard saved = new LocalStandard(standard.countyCode(), standard.effectiveFrom(), standard.urbanDibao(),
        standard.ruralDibao(), standard.minimumWage());
    standards.save(saved);
    trail.record(admin, AUDIT_KEY, saved.countyCode(), "登记当地标准", saved.effectiveFrom() + " 起：城市低保 "
        + saved.urbanDibao() + "，农村低保 " + saved.ruralDibao() + "，最低工资 " + saved.minimumWage());
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  private static ResponseEntity<Object> refused(String what, List<Problem> problems) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidInputException", "message",
        what + "：" + String.join("；", problems.stream().map(Problem::toString).toList()), "problems", problems));
  }
}
