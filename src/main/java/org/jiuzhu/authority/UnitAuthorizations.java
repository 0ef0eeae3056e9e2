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
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.jiuzhu.integrity.Declarations;
import org.jiuzhu.org.UnitSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each kind of unit may do regardless of any case: staff use Tasklist and see the procedures, villages
 * and townships open cases (申请受理 at the window or on the applicant's behalf), supervisors also use Cockpit.
 * A procedure whose start event carries the property {@code startedBy} = {@code county} (宣布疫情结束) is started
 * by county staff instead, and by no village or township.
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
  private static final String STARTED_BY = "startedBy";

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
    List<String> startedByCounty = latest.stream().filter(this::startedByCounty).map(ProcessDefinition::getKey)
        .distinct().toList();
    for (Group group : identity.createGroupQuery().list()) {
      String id = group.getId();
      boolean intake = INTAKE_UNIT.matcher(id).matches();
      boolean supervisor = SUPERVISOR.matcher(id).matches();
      boolean county = COUNTY_UNIT.matcher(id).matches();
      if (!intake && !supervisor && !county) {
        continue;
      }
      grants.grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      if (supervisor) {
        grants.grant(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      }
      for (String key : procedures) {
        boolean starts = county ? startedByCounty.contains(key)
            : intake && startedByStaff.contains(key) && !startedByCounty.contains(key);
        if (starts) {
          grants.grant(id, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.CREATE_INSTANCE);
        } else {
          grants.grant(id, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
        }
      }
      if (intake || county && !startedByCounty.isEmpty()) {
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

  private boolean startedByCounty(ProcessDefinition definition) {
    ProcessDefinitionEntity deployed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository)
        .getDeployedProcessDefinition(definition.getId());
    ModelElementInstance start = repository.getBpmnModelInstance(definition.getId())
        .getModelElementById(deployed.getInitial().getId());
    return start instanceof BaseElement element && element.getExtensionElements() != null
        && element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .anyMatch(p -> STARTED_BY.equals(p.getCamundaName()) && "county".equals(p.getCamundaValue()));
  }
}
