package org.jiuzhu.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
import org.camunda.bpm.engine.task.TaskQuery;
import org.jiuzhu.supervision.StepUrging;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters every user finds at start: 我的待办 per user, 本单位待办 per unit group and 已逾期 per
 * supervisor group. Expressions in stored queries are disabled (a filter must not run code), so each filter
 * names its user or group outright and is readable by that user or group only. The staff's filters show a
 * supervisor's 催办 on the task's card. Runs at every start and adds what is missing, so users and units added by
 * an admin get theirs at the next start, and filters made before the 催办 get its card line.
 */
@Component
@Order(2)
class TasklistFilters implements ApplicationRunner {

  static final String MINE = "我的待办";
  static final String UNIT = "本单位待办";
  static final String OVERDUE = "已逾期";
  private static final Pattern UNIT_GROUP = Pattern.compile("(village|township|county)-\\d+");
  private static final Pattern SUPERVISOR_GROUP = Pattern.compile("supervisor-\\d+");
  private static final String FOR = "for";
  private static final String CARD_VARIABLES = "variables";
  /** Task variables Tasklist shows on the cards of a filter, when a task has them. */
  private static final List<Map<String, String>> STAFF_CARD = List.of(Map.of("name", StepUrging.URGED, "label", "督办催办"));

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
  public void run(ApplicationArguments args) {
    List<Filter> existing = filters.createFilterQuery().list();
    for (User user : identity.createUserQuery().list()) {
      ensure(existing, MINE, user.getId(), null, -10, "分配给我的任务", STAFF_CARD,
          tasks.createTaskQuery().taskAssignee(user.getId()));
    }
    for (Group group : identity.createGroupQuery().list()) {
      if (UNIT_GROUP.matcher(group.getId()).matches()) {
        ensure(existing, UNIT, null, group, 0, group.getName() + "的任务（含已认领）", STAFF_CARD,
            tasks.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks());
      } else if (SUPERVISOR_GROUP.matcher(group.getId()).matches()) {
        ensure(existing, OVERDUE, null, group, 10, "超过办理时限、待" + group.getName() + "督办的环节", List.of(),
            tasks.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks());
      }
    }
  }

  private void ensure(List<Filter> existing, String name, String userId, Group group, int priority,
      String description, List<Map<String, String>> card, TaskQuery query) {
    String owner = userId != null ? userId : group.getId();
    Optional<Filter> present = existing.stream()
        .filter(f -> name.equals(f.getName()) && f.getProperties() != null
            && Objects.equals(owner, f.getProperties().get(FOR)))
        .findFirst();
    if (present.isPresent()) {
      if (!card.isEmpty() && !present.get().getProperties().containsKey(CARD_VARIABLES)) {
        Map<String, Object> properties = new HashMap<>(present.get().getProperties());
        properties.put(CARD_VARIABLES, card);
        filters.saveFilter(present.get().setProperties(properties));
      }
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setOwner(userId)
        .setQuery(query)
        .setProperties(Map.of(FOR, owner, "priority", priority, "description", description, "refresh", true,
            CARD_VARIABLES, card));
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
}
