package org.jiuzhu.unemployed;

import static org.jiuzhu.unemployed.P1Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 村（社区）调查核实 on completion: the village must say whether the hardship is true, and why. */
@Component("villageVerificationInput")
class VillageVerificationInput implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Boolean verified = Values.bool(task.getVariable(VILLAGE_VERIFIED), VILLAGE_VERIFIED, problems);
    String opinion = Values.text(task.getVariable(VILLAGE_OPINION), VILLAGE_OPINION, 2000, problems);
    InvalidInputException.throwIfAny("调查核实意见", problems);
    task.getExecution().setVariable(VILLAGE_VERIFIED, verified);
    if (!verified) {
      task.getExecution().setVariable("refusalReason", "经村（社区）调查核实，情况不属实：" + opinion);
    }
  }
}
