package org.jiuzhu.personaldata;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Clear ID numbers and accounts arrive as start variables and are moved to the vault in the same transaction;
 * the runtime row is never written, but history would record the value as it was set. This handler drops
 * those history events, so neither ACT_HI_VARINST nor ACT_HI_DETAIL ever sees a clear value.
 */
public class ClearPersonalDataHistoryFilter implements HistoryEventHandler {

  /**
   * Variable names that carry clear personal numbers on their way into the vault: the applicant's, and a
   * household's member list with each member's ID number.
   */
  public static final Set<String> CLEAR_VARIABLES = Set.of("applicantIdNumber", "bankAccount", "householdMembers");

  private final HistoryEventHandler next;

  ClearPersonalDataHistoryFilter(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!carriesClearPersonalData(event)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  static boolean carriesClearPersonalData(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && CLEAR_VARIABLES.contains(variable.getVariableName())
        || event instanceof HistoricFormPropertyEventEntity formField
        && CLEAR_VARIABLES.contains(formField.getPropertyId());
  }
}
