package org.jiuzhu.integrity;

import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;

/**
 * What a caller of the engine's REST APIs is told about a failure: the status that says whose problem it is and
 * one short Chinese sentence, never engine, SQL or stack text (those stay in the server's log).
 */
public record ApiError(int status, String type, String message, List<Problem> problems) {

  static final String CONFLICT = "该事项刚被他人办理或修改，请刷新后再试";
  static final String FAULT = "系统处理出错，请稍后再试；如仍出错请联系管理员";

  /** Classified by the first cause that says what happened: the engine wraps many failures more than once. */
  public static ApiError of(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      ApiError known = known(cause);
      if (known != null) {
        return known;
      }
    }
    return fault();
  }

  private static ApiError known(Throwable failure) {
    if (failure instanceof InvalidInputException invalid) {
      return new ApiError(400, "InvalidInputException", invalid.forPeople(), invalid.problems());
    }
    if (failure instanceof Refusal refusal) {
      return new ApiError(refusal.status(), refusal.status() == 409 ? "ConflictException" : "Refusal",
          refusal.getMessage(), List.of());
    }
    if (failure instanceof AuthorizationException) {
      return new ApiError(403, "AuthorizationException", "无权进行此操作", List.of());
    }
    if (failure instanceof TaskAlreadyClaimedException) {
      return new ApiError(409, "ConflictException", "该任务已被他人认领", List.of());
    }
    if (failure instanceof OptimisticLockingException) {
      return new ApiError(409, "ConflictException", CONFLICT, List.of());
    }
    if (failure instanceof NotFoundException) {
      return new ApiError(404, "NotFoundException", "未找到该事项：不存在或已办结", List.of());
    }
    if ((failure instanceof BadUserRequestException || failure instanceof NullValueException) && !causedBySql(failure)) {
      return new ApiError(400, "BadUserRequestException", "请求有误，请检查所填内容", List.of());
    }
    return null;
  }

  public static ApiError fault() {
    return new ApiError(500, "ServerError", FAULT, List.of());
  }

  /** For a failure the engine did not report (the REST layer's own checks), by status alone. */
  public static ApiError ofStatus(int status) {
    return switch (status) {
      case 400 -> new ApiError(400, "InvalidRequestException", "请求参数有误（如排序字段、类型或格式）", List.of());
      case 403 -> new ApiError(403, "AuthorizationException", "无权进行此操作", List.of());
      case 404 -> new ApiError(404, "NotFoundException", "未找到该事项：不存在或已办结", List.of());
      case 405 -> new ApiError(405, "InvalidRequestException", "不支持该请求方法", List.of());
      case 406, 415 -> new ApiError(status, "InvalidRequestException", "不支持该数据格式", List.of());
      case 409 -> new ApiError(409, "ConflictException", CONFLICT, List.of());
      default -> status >= 500 ? fault() : new ApiError(status, "InvalidRequestException", "请求未被接受", List.of());
    };
  }

  private static boolean causedBySql(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }
}
