package org.jiuzhu.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiuzhu.authority.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /api/my-units: the townships and villages the caller may open a case at, with their own pre-chosen. The
 * Tasklist plugin fills the start forms' unit lists with it (Tasklist 7.24 gives a start form no variables); what
 * is submitted is checked again when the case opens ({@code CaseOpening}), so the list is a help, not the guard.
 */
@RestController
class MyUnitsController {

  private final CaseAccess access;
  private final OrgUnits orgUnits;

  MyUnitsController(CaseAccess access, OrgUnits orgUnits) {
    this.access = access;
    this.orgUnits = orgUnits;
  }

  @GetMapping("/api/my-units")
  UnitChoices myUnits() {
    if (access.caller().map(caller -> caller.getUserId()).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    Optional<Jurisdiction> area = access.staffGroups().map(Jurisdiction::new);
    if (area.isEmpty()) {
      return UnitChoices.of(area, orgUnits.all());
    }
    List<OrgUnit> candidates = new ArrayList<>();
    for (String own : area.get().codes()) {
      candidates.addAll(orgUnits.within(own));
      // A village clerk's township: the village's lists need it, and procedures without a village step open there.
      if (own.length() == OrgLevel.VILLAGE.codeLength()) {
        orgUnits.find(own).flatMap(village -> orgUnits.find(village.parentCode())).ifPresent(candidates::add);
      }
    }
    return UnitChoices.of(area, candidates.stream().distinct().toList());
  }
}
