package org.jiuzhu.fasttrack;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 认定承诺不实、责令追回 on completion: the township must state the applicant's liability (追究责任). */
@Component("recoveryInput")
class RecoveryInput implements TaskListener {

  static final String NOTE = "liabilityNote";

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Values.text(task.getVariable(NOTE), NOTE, 2000, problems);
    InvalidInputException.throwIfAny("追回及责任追究意见", problems);
  }
}
