package org.jiuzhu.authority;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a case, for the project's own endpoints. Visibility is the engine's: a case the caller
 * has no authorization for is simply not found. On top of that, working on a case (seeing full personal data)
 * is for members of its units, and reading its audit trail for its supervisors.
 */
@Component
public class CaseAccess {

  public static final String ADMIN_GROUP = "camunda-admin";

  private final HistoryService history;
  private final IdentityService identity;

  public CaseAccess(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The case as the current user may see it; empty if it does not exist or is not theirs to see. */
  public Optional<CaseRef> visible(String businessKey) {
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).listPage(0, 2);
    if (found.size() != 1) {
      return Optional.empty();
    }
    String pi = found.get(0).getId();
    Map<String, Object> vars = history.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableNameIn("villageCode", "townshipCode", "countyCode").listPage(0, 10).stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    if (!vars.containsKey("townshipCode") || !vars.containsKey("countyCode")) {
      return Optional.empty();
    }
    return Optional.of(new CaseRef(pi, businessKey, (String) vars.get("villageCode"),
        (String) vars.get("townshipCode"), (String) vars.get("countyCode")));
  }

  /** The authenticated user of this request or command, if any. */
  public Optional<Authentication> caller() {
    return Optional.ofNullable(identity.getCurrentAuthentication());
  }

  /**
   * The groups of the staff member calling, whose units bound where they may open cases; empty for an admin
   * (anywhere) or the system (no one logged in).
   */
  public Optional<List<String>> staffGroups() {
    return caller().filter(caller -> caller.getUserId() != null).map(this::groupsOf)
        .filter(groups -> !groups.contains(ADMIN_GROUP));
  }

  public boolean worksOn(CaseRef c) {
    return caller().map(a -> groupsOf(a).stream().anyMatch(c.unitGroups()::contains)).orElse(false);
  }

  /** The case's supervisors (督办) and admins, who read its audit trail. */
  public boolean supervises(CaseRef c) {
    return isSupervisorOf(c) || caller().map(a -> groupsOf(a).contains(ADMIN_GROUP)).orElse(false);
  }

  /** A member of the supervisors of the case's county or city, admins not included: who may urge its steps. */
  public boolean isSupervisorOf(CaseRef c) {
    return caller().map(a -> groupsOf(a).stream().anyMatch(c.supervisorGroups()::contains)).orElse(false);
  }

  /**
   * Runs engine calls as the system, after the caller's right to what they do was checked by the project's own
   * rules (the engine's authorizations and guards would refuse staff the operations themselves).
   */
  public <T> T asSystem(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /** Whether the caller is an admin or belongs to one of the groups: who may act for a unit that is not a case's. */
  public boolean inAnyOrAdmin(Authentication caller, List<String> groups) {
    List<String> own = groupsOf(caller);
    return own.contains(ADMIN_GROUP) || own.stream().anyMatch(groups::contains);
  }

  /** The groups of a caller: those the authentication carries, else their memberships. */
  public List<String> groupsOf(Authentication authentication) {
    if (authentication.getGroupIds() != null && !authentication.getGroupIds().isEmpty()) {
      return authentication.getGroupIds();
    }
    return identity.createGroupQuery().groupMember(authentication.getUserId()).listPage(0, 200).stream()
        .map(g -> g.getId()).toList();
  }
}
