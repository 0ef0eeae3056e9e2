package org.jiuzhu.running;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 是否暂停退出: sets exitsSuspended from the county's switch; a suspended exit waits for it to be lifted. */
@Component("checkExitSuspension")
class CheckExitSuspension implements JavaDelegate {

  private final ExitSuspensions suspensions;

  CheckExitSuspension(ExitSuspensions suspensions) {
    this.suspensions = suspensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RunningCaseVariables.EXITS_SUSPENDED,
        suspensions.suspendedForExit((String) execution.getVariable("countyCode")));
  }
}
