package org.jiuzhu.validation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A step that decides yes or no and must say why (核实、审批、核对): both are required, the decision is kept
 * as a Boolean whatever type the form sent, and a "no" becomes the case's written refusal reason.
 *
 * @param decision      the Boolean variable (e.g. villageVerified)
 * @param opinion       the text variable with the reasons (e.g. villageOpinion)
 * @param what          what the two are called, for the error message (e.g. 调查核实意见)
 * @param refusalPrefix how the refusal reason begins (e.g. 经村（社区）调查核实，情况不属实：)
 */
public record DecisionWithOpinion(String decision, String opinion, String what, String refusalPrefix) {

  public boolean apply(DelegateTask task) {
    return apply(task, new ArrayList<>());
  }

  /** @param problems the step's other problems, reported together with these */
  public boolean apply(DelegateTask task, List<Problem> problems) {
    Boolean yes = Values.bool(task.getVariable(decision), decision, problems);
    String reasons = Values.text(task.getVariable(opinion), opinion, 2000, problems);
    InvalidInputException.throwIfAny(what, problems);
    task.getExecution().setVariable(decision, yes);
    if (!yes) {
      task.getExecution().setVariable("refusalReason", refusalPrefix + reasons);
    }
    return yes;
  }
}
