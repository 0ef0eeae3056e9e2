package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 公示异议: an objection must say what it objects to (objectionReason), else it is refused and the notice goes
 * on; one that is taken is counted and goes back to the township with the reason.
 */
@Component("recordObjection")
class RecordObjection implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String reason = Values.text(execution.getVariable(OBJECTION_REASON), OBJECTION_REASON, 2000, problems);
    InvalidInputException.throwIfAny("公示异议", problems);
    Object count = execution.getVariable(OBJECTION_COUNT);
    execution.setVariable(OBJECTION_REASON, reason);
    execution.setVariable(OBJECTION_COUNT, (count instanceof Number n ? n.longValue() : 0L) + 1);
  }
}
