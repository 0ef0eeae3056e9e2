package org.jiuzhu.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.integrity.Declarations;
import org.jiuzhu.integrity.Refusal;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * An event staff raise from Tasklist (登记公示异议, 登记情况变化): a small procedure whose start form takes the case
 * number and what the event says; this step hands it to the case as the message the case waits for. Staff may
 * not send messages themselves, so the system sends it, and only for the unit that owns the event on that case
 * (the model's {@code caseUnit}: village, township or county). A case none of the caller's units is on is "not
 * found" (400), a unit on the case that does not own the event is refused (403), a case not waiting for it is told
 * so (400):
 * in each case the start fails and nothing is recorded anywhere.
 */
@Component("raiseCaseEvent")
class RaiseCaseEvent implements JavaDelegate {

  static final String CASE_NUMBER = "caseNumber";

  private final CaseAccess access;
  private final AuditTrail trail;

  RaiseCaseEvent(CaseAccess access, AuditTrail trail) {
    this.access = access;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String what = ((ExecutionEntity) execution).getProcessDefinition().getName();
    String message = (String) execution.getVariableLocal("caseMessage");
    String unit = (String) execution.getVariableLocal("caseUnit");
    String notAwaited = (String) execution.getVariableLocal("notAwaited");

    List<Problem> problems = new ArrayList<>();
    String caseNumber = Values.text(execution.getVariable(CASE_NUMBER), CASE_NUMBER, 30, problems);
    InvalidInputException.throwIfAny(what, problems);
    // Delegates run without the engine's authorization checks, so whether the caller's unit is on the case is
    // asked here; to anyone else a case is as unknown as a number that does not exist.
    CaseRef found = access.visible(caseNumber).filter(access::worksOn).orElseThrow(() -> new InvalidInputException(
        what, List.of(new Problem(CASE_NUMBER, "未找到案件 " + caseNumber + "，或该案件不在您所在单位"))));
    String owner = unit + "-" + switch (unit) {
      case "village" -> found.villageCode();
      case "township" -> found.townshipCode();
      default -> found.countyCode();
    };
    boolean owns = access.caller().map(access::groupsOf).filter(groups -> groups.contains(owner)).isPresent();
    if (!owns) {
      throw Refusal.forbidden("只有案件所在单位（" + owner + "）可以" + what, what + " " + caseNumber);
    }

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Map<String, Object> payload = payload(execution);
    // The case's message is the system's to send (staff may not correlate); the unit was checked above.
    boolean delivered = Context.getCommandContext().runWithoutAuthorization(() -> {
      if (runtime.createEventSubscriptionQuery().processInstanceId(found.processInstanceId()).eventType("message")
          .eventName(message).count() == 0) {
        return false;
      }
      runtime.createMessageCorrelation(message).processInstanceId(found.processInstanceId()).setVariables(payload)
          .correlateWithResult();
      return true;
    });
    if (!delivered) {
      throw new InvalidInputException(what, List.of(new Problem(CASE_NUMBER, notAwaited)));
    }
    trail.record(Context.getCommandContext().getAuthenticatedUserId(), caseNumber, found.countyCode(), what,
        "由 " + owner + " 登记（" + execution.getProcessInstanceId() + "）");
  }

  /** What the event's start form declares, the case number aside: exactly what reaches the case. */
  private static Map<String, Object> payload(DelegateExecution execution) {
    Map<String, Object> payload = new HashMap<>();
    ExecutionEntity entity = (ExecutionEntity) execution;
    for (String name : Declarations.of(entity.getProcessDefinition().getInitial()).names()) {
      if (!CASE_NUMBER.equals(name)) {
        payload.put(name, execution.getVariable(name));
      }
    }
    return payload;
  }
}
