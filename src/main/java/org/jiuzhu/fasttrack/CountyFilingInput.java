package org.jiuzhu.fasttrack;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/** 县级民政部门备案 on completion: the county records its filing opinion; the approval itself was the township's. */
@Component("countyFilingInput")
class CountyFilingInput implements TaskListener {

  static final String OPINION = "countyFilingOpinion";

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Values.text(task.getVariable(OPINION), OPINION, 2000, problems);
    InvalidInputException.throwIfAny("备案意见", problems);
  }
}
