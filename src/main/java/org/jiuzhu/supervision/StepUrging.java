package org.jiuzhu.supervision;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.ws.rs.core.Response.Status;

/**
 * 催办: a supervisor of the case's county or city urges a step that is overdue or due today. The urge goes into
 * the case's audit trail with who and when, raises the step to {@link #URGED_PRIORITY} and is written on the
 * step as the task-local variable {@value #URGED}, which the unit's Tasklist filters show on the card.
 */
@Component
public class StepUrging {

  static final int URGED_PRIORITY = MarkStepOverdue.OVERDUE_PRIORITY + 50;
  public static final String URGED = "urged";
  static final int NOTE_LENGTH = 200;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CaseAccess access;
  private final AuditTrail trail;

  StepUrging(TaskService tasks, RuntimeService runtime, IdentityService identity, CaseAccess access, AuditTrail trail) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.access = access;
    this.trail = trail;
  }

  /** The step as it stands after the urge. */
  public record Urged(String taskId, int priority, String urged) {
  }

  /**
   * @param note optional words for the unit, at most {@value #NOTE_LENGTH} characters
   * @throws RestException 404 for a step the caller cannot see or that is done, 403 for a caller who is not a
   *                       supervisor of the case's area, 400 for a step not due by today or a note too long
   */
  @Transactional
  public Urged urge(String taskId, String note) {
    Authentication caller = access.caller().orElseThrow(() -> new RestException(Status.UNAUTHORIZED, "请先登录"));
    String words = note == null || note.isBlank() ? null : note.strip().replaceAll("\\p{Cntrl}", " ");
    if (words != null && words.length() > NOTE_LENGTH) {
      throw new RestException(Status.BAD_REQUEST, "催办附言不超过" + NOTE_LENGTH + "字");
    }
    // Looked up as the caller: a step they may not read is not found.
    Task step = tasks.createTaskQuery().taskId(taskId).singleResult();
    ProcessInstance instance = step == null || step.getProcessInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(step.getProcessInstanceId()).singleResult();
    CaseRef c = Optional.ofNullable(instance).flatMap(pi -> access.visible(pi.getBusinessKey()))
        .orElseThrow(() -> new RestException(Status.NOT_FOUND, "未找到该环节：不存在或已办结"));
    if (!access.isSupervisorOf(c)) {
      throw new RestException(Status.FORBIDDEN, "只有本案件所在县、市的督办人员可以催办");
    }
    if (step.getDueDate() == null || !step.getDueDate().before(startOfTomorrow())) {
      throw new RestException(Status.BAD_REQUEST, "只能催办已逾期或今日到期的环节");
    }
    // The engine refuses staff's priority and variable writes; the caller's right is checked above, so the
    // urge itself is written as the system writes.
    return asSystem(() -> {
      String text = WHEN.format(ChinaClock.now().atZone(ChinaClock.ZONE)) + " " + nameOf(caller.getUserId()) + "催办"
          + (words == null ? "" : "：" + words);
      int priority = Math.max(step.getPriority(), URGED_PRIORITY);
      tasks.setPriority(taskId, priority);
      tasks.setVariableLocal(taskId, URGED, text);
      trail.record(caller.getUserId(), c.businessKey(), c.countyCode(), "催办：" + step.getName(),
          "应办结 " + WHEN.format(step.getDueDate().toInstant().atZone(ChinaClock.ZONE))
              + (words == null ? "" : "；附言 " + words));
      return new Urged(taskId, priority, text);
    });
  }

  private static Date startOfTomorrow() {
    return Date.from(ChinaClock.today().plusDays(1).atStartOfDay(ChinaClock.ZONE).toInstant());
  }

  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : (user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? userId : name + "（" + userId + "）";
  }

  private <T> T asSystem(Supplier<T> work) {
    return access.asSystem(work);
  }
}
