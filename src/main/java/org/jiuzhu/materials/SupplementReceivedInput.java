package org.jiuzhu.materials;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 补正材料已收齐 on completion: the unit confirms every listed material is in; only then does verification resume. */
@Component("supplementReceivedInput")
class SupplementReceivedInput implements TaskListener {

  static final String RECEIVED = "supplementReceived";

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Boolean received = Values.bool(task.getVariable(RECEIVED), RECEIVED, problems);
    if (Boolean.FALSE.equals(received)) {
      problems.add(new Problem(RECEIVED, "须在全部所缺材料收齐后办理；逾期未补正的，案件到期自动办结"));
    }
    InvalidInputException.throwIfAny("补正材料已收齐", problems);
    // The verification starts again with materials complete unless it finds more missing.
    task.getExecution().setVariable(SupplementRequest.INCOMPLETE, false);
  }
}
