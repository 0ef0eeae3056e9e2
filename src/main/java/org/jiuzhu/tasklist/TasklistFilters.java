package org.jiuzhu.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.jiuzhu.supervision.StepUrging;
import org.jiuzhu.org.UnitSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters every user finds at start: 我的待办 per user, 本单位待办 per unit group and 已逾期 per
 * supervisor group. Expressions in stored queries are disabled (a filter must not run code), so each filter
 * names its user or group outright and is readable by that user or group only. Each lists the earliest due
 * first and shows on every card the case number, the applicant and the units (Tasklist's search offers these
 * by their labels); the staff's cards also show a supervisor's 催办. Runs at every start and whenever an admin
 * changes users or units: adds what is missing, so users and units an admin adds get theirs at once, and brings
 * the filters it made earlier up to the current definition.
 */
@Component
@Order(2)
class TasklistFilters implements UnitSetup {

  static final String MINE = "我的待办";
  static final String UNIT = "本单位待办";
  static final String OVERDUE = "已逾期";
  private static final Pattern UNIT_GROUP = Pattern.compile("(village|township|county)-\\d+");
  private static final Pattern SUPERVISOR_GROUP = Pattern.compile("supervisor-\\d+");
  private static final String FOR = "for";
  /** Shown on each card, in this order; a card leaves out those its case does not have (P2 has no village). */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "案件编号"),
      Map.of("name", "applicantName", "label", "申请人"),
      Map.of("name", "villageName", "label", "村（社区）"),
      Map.of("name", "townshipName", "label", "乡镇（街道）"));
  /** The staff's cards also show whether a supervisor urged the step. */
  static final List<Map<String, String>> STAFF_CARD = Stream.concat(CARD_VARIABLES.stream(),
      Stream.of(Map.of("name", StepUrging.URGED, "label", "督办催办"))).toList();

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, IdentityService identity,
      AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void bringUpToDate() {
    List<Filter> existing = filters.createFilterQuery().list();
    for (User user : identity.createUserQuery().list()) {
      ensure(existing, MINE, user.getId(), null, -10, "分配给我的任务", STAFF_CARD,
          byDueDate(tasks.createTaskQuery().taskAssignee(user.getId())));
    }
    for (Group group : identity.createGroupQuery().list()) {
      if (UNIT_GROUP.matcher(group.getId()).matches()) {
        ensure(existing, UNIT, null, group, 0, group.getName() + "的任务（含已认领）", STAFF_CARD,
            byDueDate(tasks.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks()));
      } else if (SUPERVISOR_GROUP.matcher(group.getId()).matches()) {
        ensure(existing, OVERDUE, null, group, 10, "超过办理时限、待" + group.getName() + "督办的环节", CARD_VARIABLES,
            byDueDate(tasks.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks()));
      }
    }
  }

  /** The earliest time limit first; Tasklist's own sorting (newest first) only orders tasks due at the same time. */
  private static TaskQuery byDueDate(TaskQuery query) {
    return query.orderByDueDate().asc();
  }

  private void ensure(List<Filter> existing, String name, String userId, Group group, int priority,
      String description, List<Map<String, String>> card, TaskQuery query) {
    String owner = userId != null ? userId : group.getId();
    Map<String, Object> properties = Map.of(FOR, owner, "priority", priority, "description", description,
        "refresh", true, "variables", card, "showUndefinedVariable", false);
    Filter made = existing.stream()
        .filter(f -> name.equals(f.getName()) && f.getProperties() != null
            && Objects.equals(owner, f.getProperties().get(FOR)))
        .findFirst().orElse(null);
    if (made != null) {
      // A filter made by an earlier version is brought up to this one, keeping its id and who may read it.
      if (!sameDefinition(made, query, properties)) {
        filters.saveFilter(made.setQuery(query).setProperties(properties));
      }
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setOwner(userId)
        .setQuery(query)
        .setProperties(properties);
    filters.saveFilter(filter);
    if (group == null) {
      return; // the engine grants a filter's owner access to it
    }
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    read.setGroupId(group.getId());
    authorizations.saveAuthorization(read);
  }

  /** Compared as stored (the query as JSON), so an unchanged filter is not written again at every start. */
  private boolean sameDefinition(Filter made, TaskQuery query, Map<String, Object> properties) {
    FilterEntity wanted = (FilterEntity) filters.newTaskFilter(made.getName()).setQuery(query);
    return Objects.equals(((FilterEntity) made).getQueryInternal(), wanted.getQueryInternal())
        && properties.equals(made.getProperties());
  }
}
