package org.jiuzhu.authority;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.jiuzhu.integrity.Declarations;
import org.jiuzhu.org.UnitSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each kind of unit may do regardless of any case: staff use Tasklist and see the procedures, villages
 * and townships open cases (申请受理 at the window or on the applicant's behalf), supervisors also use Cockpit.
 * No unit gets deployment, instance or task rights here: those come per case (CaseAuthorizations). Runs at
 * every start and whenever an admin changes users or units, so a unit an admin adds works at once; procedures
 * an admin adds are covered at the next start.
 */
@Component
@Order(3)
class UnitAuthorizations implements UnitSetup {

  private static final Pattern INTAKE_UNIT = Pattern.compile("(village|township)-\\d+");
  private static final Pattern COUNTY_UNIT = Pattern.compile("county-\\d+");
  private static final Pattern SUPERVISOR = Pattern.compile("supervisor-\\d+");

  private final IdentityService identity;
  private final RepositoryService repository;
  private final Grants grants;

  UnitAuthorizations(IdentityService identity, RepositoryService repository, AuthorizationService authorizations) {
    this.identity = identity;
    this.repository = repository;
    this.grants = new Grants(authorizations);
  }

  @Override
  @Transactional
  public void bringUpToDate() {
    List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
    List<String> procedures = latest.stream().map(ProcessDefinition::getKey).distinct().toList();
    List<String> startedByStaff = latest.stream().filter(this::startedByStaff).map(ProcessDefinition::getKey)
        .distinct().toList();
    for (Group group : identity.createGroupQuery().list()) {
      String id = group.getId();
      boolean intake = INTAKE_UNIT.matcher(id).matches();
      boolean supervisor = SUPERVISOR.matcher(id).matches();
      if (!intake && !supervisor && !COUNTY_UNIT.matcher(id).matches()) {
        continue;
      }
      grants.grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      if (supervisor) {
        grants.grant(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      }
      for (String key : procedures) {
        if (intake && startedByStaff.contains(key)) {
          grants.grant(id, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.CREATE_INSTANCE);
        } else {
          grants.grant(id, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
        }
      }
      if (intake) {
        grants.grant(id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    }
  }

  /**
   * A procedure whose start takes nothing from outside (a timer's monthly report, the running case an enrolment
   * opens) is the system's to start, not a clerk's.
   */
  private boolean startedByStaff(ProcessDefinition definition) {
    ProcessDefinitionEntity deployed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository)
        .getDeployedProcessDefinition(definition.getId());
    return !Declarations.of(deployed.getInitial()).fields().isEmpty();
  }
}
