package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * The start of a running case (dibao-case): only an enrolment opens one. Its start declares no fields, so no
 * caller can bring any; this refuses the empty start that would remain.
 */
@Component("runningCaseOrigin")
class RunningCaseOrigin implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(APPLICATION_CASE_NUMBER) instanceof String)) {
      throw new InvalidInputException("在保案件", List.of(new Problem(APPLICATION_CASE_NUMBER,
          "在保案件只能由低保、特困申请纳入后由系统开启")));
    }
  }
}
