package org.jiuzhu.integrity;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost engine interceptor, so what it decides holds for every client (REST, the webapps, Java):
 * staff may not use the operations that move a case or write its data outside its steps, nor touch jobs;
 * and when a command a caller issued fails, the failure is kept for the HTTP answer (see
 * {@link ApiErrorResponses}) and, if it was a refused attempt, recorded after the rollback.
 */
class OutermostCommand extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(OutermostCommand.class);
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  static final String ADMINS = "camunda-admin";

  /**
   * Engine commands (by class name, so an engine without one simply never matches) that change a case or
   * its jobs other than by completing its steps. Staff work through the steps; admins repair.
   */
  private static final Set<String> ADMIN_ONLY = Set.of(
      // variables no step owns
      "SetTaskVariablesCmd", "PatchTaskVariablesCmd", "RemoveTaskVariablesCmd", "SetExecutionVariablesCmd",
      "PatchExecutionVariablesCmd", "RemoveExecutionVariablesCmd", "SetVariablesToProcessInstancesBatchCmd",
      // moving a case past or back to a step
      "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd",
      "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd",
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd", "SignalCmd", "SignalEventReceivedCmd",
      "MessageEventReceivedCmd", "CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd",
      "CorrelateStartMessageCmd",
      // jobs: a refused execution must not cost the job a retry
      "ExecuteJobsCmd", "SetJobRetriesCmd", "SetJobsRetriesCmd", "SetJobsRetriesBatchCmd",
      "SetJobsRetriesByProcessBatchCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd", "SetJobPriorityCmd",
      "SetJobDefinitionPriorityCmd", "DeleteJobCmd", "DeleteJobsCmd", "SuspendJobCmd", "ActivateJobCmd",
      "SuspendJobDefinitionCmd", "ActivateJobDefinitionCmd", "UnlockJobCmd",
      // other users' passwords (POST /identity/verify): logins check them without an authentication
      "CheckPassword",
      // external tasks: none of the models has one, so nobody but an admin has business there
      "FetchExternalTasksCmd", "CompleteExternalTaskCmd", "HandleExternalTaskFailureCmd",
      "HandleExternalTaskBpmnErrorCmd", "LockExternalTaskCmd", "ExtendLockOnExternalTaskCmd",
      "UnlockExternalTaskCmd", "SetExternalTaskRetriesCmd", "SetExternalTasksRetriesCmd",
      "SetExternalTasksRetriesBatchCmd", "SetExternalTaskPriorityCmd");

  private final Supplier<IdentityService> identity;
  private final RefusedAttempts refusedAttempts;

  OutermostCommand(Supplier<IdentityService> identity, RefusedAttempts refusedAttempts) {
    this.identity = identity;
    this.refusedAttempts = refusedAttempts;
  }

  /** Whether the command now running is one a caller issued, not one the engine or a delegate issued inside it. */
  static boolean outermost() {
    return DEPTH.get() == 1;
  }

  static boolean isAdmin(Authentication authentication) {
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(ADMINS);
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = DEPTH.get() == 0;
    DEPTH.set(DEPTH.get() + 1);
    try {
      if (outermost) {
        ApiErrorResponses.forget();
        refuseStaffOperations(command);
      }
      return next.execute(command);
    } catch (RuntimeException failure) {
      if (!outermost) {
        throw failure;
      }
      RuntimeException shown = shown(failure);
      if (shown instanceof Audited refused) {
        Authentication caller = identity.get().getCurrentAuthentication();
        refusedAttempts.record(caller == null ? null : caller.getUserId(), refused.note());
      }
      ApiErrorResponses.remember(ApiError.of(shown));
      throw shown;
    } finally {
      DEPTH.set(DEPTH.get() - 1);
    }
  }

  private void refuseStaffOperations(Command<?> command) {
    Authentication caller = identity.get().getCurrentAuthentication();
    String operation = command.getClass().getSimpleName();
    if (caller == null || caller.getUserId() == null || isAdmin(caller) || !ADMIN_ONLY.contains(operation)) {
      return;
    }
    LOG.warn("Refused {} to user {}: admins only", operation, caller.getUserId());
    if (operation.equals("ExecuteJobsCmd")) {
      disarmFailedJobListener(command);
    }
    if (operation.equals("StartProcessInstanceAtActivitiesCmd")) {
      // The contract answers a start's wrong parts with 400 naming them.
      throw new UndeclaredInput(CommandGuard.START, List.of(new Problem("startInstructions",
          "申请只能从受理开始：启动指令和跳过监听器、输入输出映射仅限管理员")), "拒绝：以启动指令启动案件", null, null);
    }
    throw Refusal.forbidden("只有管理员可以进行此操作：案件只能通过办理各环节推进，作业与变量不能直接修改", operation);
  }

  /**
   * The engine counts any failure of a job execution against the job's retries, a refused one included, so
   * three refused calls would stop a timer for good. The refused call is not the job's failure: nothing may
   * be counted against it.
   */
  private static void disarmFailedJobListener(Command<?> command) {
    JobFailureCollector collector = Reflection.read(command, "jobFailureCollector");
    Reflection.write(collector, "jobId", null);
  }

  /** The failure the caller is told about: a rule's own exception rather than the engine's wrapping of it. */
  private static RuntimeException shown(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException || cause instanceof Refusal) {
        return (RuntimeException) cause;
      }
    }
    return failure;
  }
}
