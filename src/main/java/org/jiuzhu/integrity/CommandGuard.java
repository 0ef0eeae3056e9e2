package org.jiuzhu.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.PendingProblems;
import org.jiuzhu.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inside each command a caller issues, before the engine acts: a start takes only its procedure's declared
 * variables and never a business key or start instructions from staff; a completion takes only what its step
 * declares (values a form merely sends back unchanged are dropped); a message carries only what its catching
 * event declares; and no query or filter carries an expression. Works the same for every model deployed.
 */
class CommandGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(CommandGuard.class);
  static final String START = "申请材料";

  private final Declarations declarations;

  CommandGuard(Declarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Declaration declaration = null;
    if (OutermostCommand.outermost()) {
      CommandContext context = Context.getCommandContext();
      if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
        ProcessInstantiationBuilderImpl builder = Reflection.read(command, "instantiationBuilder");
        declaration = guardStart(context, definition(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
            builder.getBusinessKey(), builder.getVariables(), command instanceof StartProcessInstanceAtActivitiesCmd);
      } else if (command instanceof SubmitStartFormCmd) {
        declaration = guardStart(context, definition(context, Reflection.read(command, "processDefinitionId"), null),
            Reflection.read(command, "businessKey"), Reflection.read(command, "variables"), false);
      } else if (command instanceof CompleteTaskCmd) {
        declaration = guardCompletion(context, command, "variables");
      } else if (command instanceof SubmitTaskFormCmd) {
        declaration = guardCompletion(context, command, "properties");
      } else if (command instanceof AbstractCorrelateMessageCmd) {
        declaration = guardMessage(Reflection.read(command, "builder"));
      } else if (command instanceof SaveFilterCmd) {
        refuseExpressions(((FilterEntity) Reflection.read(command, "filter")).getQuery());
      } else if (command instanceof AbstractExecuteFilterCmd) {
        FilterEntity filter = context.getFilterManager().findFilterById(Reflection.read(command, "filterId"));
        refuseExpressions(filter == null ? null : filter.getQuery());
        refuseExpressions(Reflection.read(command, "extendingQuery"));
      } else if (command instanceof TaskQueryImpl query) {
        refuseExpressions(query);
      }
    }
    return withPendingProblems(command, declaration == null ? Map.of() : declaration.labels());
  }

  /**
   * Runs the command; the problems found in declared fields fail it unless a step's rules already reported them.
   * Input problems get the labels of the start or step, so people are told of 救助金额（元）, not approvedAmount.
   */
  private <T> T withPendingProblems(Command<T> command, Map<String, String> labels) {
    T result;
    try {
      result = next.execute(command);
    } catch (RuntimeException failure) {
      InvalidInputException pending = PendingProblems.failure();
      throw labelled(pending != null ? pending : failure, labels);
    }
    InvalidInputException pending = PendingProblems.failure();
    if (pending != null) {
      throw labelled(pending, labels);
    }
    return result;
  }

  /** A rule's input problems, however deep the engine wrapped them, with labels; any other failure as it was. */
  private static RuntimeException labelled(RuntimeException failure, Map<String, String> labels) {
    for (Throwable cause = failure; cause != null && !labels.isEmpty(); cause = cause.getCause()) {
      if (cause instanceof Audited) {
        return failure;
      }
      if (cause instanceof InvalidInputException invalid) {
        return invalid.labelled(labels);
      }
    }
    return failure;
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    return id != null ? cache.findDeployedProcessDefinitionById(id) : cache.findDeployedLatestProcessDefinitionByKey(key);
  }

  private Declaration guardStart(CommandContext context, ProcessDefinitionEntity definition, String businessKey,
      Map<String, Object> variables, boolean instructions) {
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition);
    }
    boolean staff = context.getAuthenticatedUserId() != null && !OutermostCommand.isAdmin(context.getAuthentication());
    if (staff && businessKey != null) {
      throw new UndeclaredInput(START, List.of(new Problem("businessKey", "案件编号由系统编制，申请不能自带")),
          "拒绝：自带案件编号启动案件（" + definition.getKey() + "）", null, null);
    }
    if (instructions) {
      // Only admins get here (OutermostCommand refuses staff): a repair, kept in the log.
      LOG.warn("Case of {} started with start instructions by {}", definition.getKey(), who(context));
    }
    Declaration declaration = Declarations.of(definition.getInitial());
    admit(declaration, START, variables, name -> null, "拒绝：启动案件时提交未声明的变量（" + definition.getKey() + "）", null, null);
    return declaration;
  }

  private Declaration guardCompletion(CommandContext context, Command<?> command, String variablesField) {
    String taskId = Reflection.read(command, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      refuseIfAlreadyDone(context, taskId);
      throw new NotFoundException("未找到该任务");
    }
    try {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
    } catch (AuthorizationException denied) {
      // Completing a step withdraws its grants: the one who lost a race sees them gone.
      refuseIfAlreadyDone(context, taskId);
      throw denied;
    }
    Declaration declaration = task.getProcessDefinitionId() == null ? Declaration.NOTHING
        : Declarations.of(definition(context, task.getProcessDefinitionId(), null).findActivity(task.getTaskDefinitionKey()));
    Map<String, Object> submitted = Reflection.read(command, variablesField);
    // Loaded now, the task's execution stays in this command's cache, so the completion works on what was
    // checked; if another completion already moved the case on, it is gone and this one lost the race.
    ExecutionEntity execution = task.getExecutionId() == null ? null : task.getExecution();
    ExecutionEntity instance = execution == null ? null : execution.getProcessInstance();
    if (task.getExecutionId() != null && instance == null) {
      throw new Refusal(409, ApiError.CONFLICT, "办理已被他人推进的案件的任务", taskId, null, null);
    }
    String businessKey = instance == null ? null : instance.getBusinessKey();
    Object county = instance == null ? null : instance.getVariable("countyCode");
    Map<String, Object> admitted = admit(declaration, task.getName(), submitted, task::getVariable,
        "拒绝：办理“" + task.getName() + "”时提交未声明的变量", businessKey, county instanceof String c ? c : null);
    if (submitted != null) {
      Reflection.write(command, variablesField, keep(submitted, admitted.keySet()));
    }
    return declaration;
  }

  /** A task already completed is a conflict (someone was quicker), not an unknown task. */
  private static void refuseIfAlreadyDone(CommandContext context, String taskId) {
    HistoricTaskInstanceEntity done = taskId == null ? null
        : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
    if (done != null && done.getEndTime() != null) {
      throw new Refusal(409, "该任务已办结（可能已由他人办理），请刷新待办", "办理已办结的任务", taskId, null, null);
    }
  }

  private Declaration guardMessage(MessageCorrelationBuilderImpl builder) {
    Declaration declaration = declarations.ofMessage(builder.getMessageName());
    String what = "消息 " + builder.getMessageName();
    String action = "拒绝：消息携带未声明的变量（" + builder.getMessageName() + "）";
    admit(declaration, what, builder.getPayloadProcessInstanceVariables(), name -> null, action, builder.getBusinessKey(), null);
    admit(declaration, what, builder.getPayloadProcessInstanceVariablesLocal(), name -> null, action, builder.getBusinessKey(), null);
    admit(declaration, what, builder.getPayloadProcessInstanceVariablesToTriggeredScope(), name -> null, action,
        builder.getBusinessKey(), null);
    return declaration;
  }

  private static Map<String, Object> admit(Declaration declaration, String what, Map<String, ?> submitted,
      Function<String, Object> existing, String action, String businessKey, String countyCode) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> admitted = declaration.admit(submitted, existing, problems);
    boolean undeclared = problems.stream().anyMatch(p -> Declaration.UNDECLARED.equals(p.rule())
        || Declaration.UNSUPPORTED.equals(p.rule()));
    if (undeclared) {
      throw new UndeclaredInput(what, problems, action, businessKey, countyCode);
    }
    if (!problems.isEmpty()) {
      PendingProblems.hold(what, problems);
    }
    return admitted;
  }

  /** The admitted variables in the map type the command had, typed values kept as the caller sent them. */
  private static Map<String, Object> keep(Map<String, Object> submitted, Set<String> names) {
    VariableMap kept = Variables.createVariables();
    for (String name : names) {
      if (submitted instanceof VariableMap typed) {
        kept.putValueTyped(name, typed.getValueTyped(name));
      } else {
        kept.put(name, submitted.get(name));
      }
    }
    return kept;
  }

  /** Expressions run code on the server: no query or filter may carry one, at any depth of its or-queries. */
  private static void refuseExpressions(Query<?, ?> query) {
    if (query instanceof AbstractQuery<?, ?> q && !q.getExpressions().isEmpty()
        || query instanceof TaskQueryImpl task && task.getQueries() != null
            && task.getQueries().stream().anyMatch(or -> or != task && !or.getExpressions().isEmpty())) {
      throw new Refusal(400, "查询和过滤器中不能使用表达式（${…}）", "拒绝：查询或过滤器中含表达式", null, null, null);
    }
  }

  private static String who(CommandContext context) {
    return context.getAuthenticatedUserId() == null ? "system" : context.getAuthenticatedUserId();
  }
}
