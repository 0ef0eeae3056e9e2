package org.jiuzhu.running;

import static org.jiuzhu.running.RunningCaseVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A review starts with nothing decided: the last review's result, reasons and changes are history, and a review
 * that sends none must not apply them again.
 */
@Component("clearLastReview")
class ClearLastReview implements ExecutionListener {

  static final List<String> DECISION = List.of(REVIEW_RESULT, REVIEW_REASONS, INCOME_CHANGES, INCOME_UNSTABLE,
      EXIT_CAUSE, RELAPSE_RISK, EXIT_APPROVED, RISK_OPINION);

  @Override
  public void notify(DelegateExecution execution) {
    execution.removeVariables(DECISION);
  }
}
