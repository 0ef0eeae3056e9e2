package org.jiuzhu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知等待补办手续的案件: correlates {@value #MESSAGE} to every case of the county waiting for the end of its
 * epidemic, carrying the day it ended. Runs as the system (an asynchronous job), so the cases move whoever
 * declared the end; a case that reaches its wait later sees the recorded end and does not wait.
 */
@Component("notifyWaitingCases")
class NotifyWaitingCases implements JavaDelegate {

  static final String MESSAGE = "Message_EpidemicEnded";

  @Override
  public void execute(DelegateExecution execution) {
    String county = (String) execution.getVariable(DeclareEpidemicEnd.COUNTY);
    String endedOn = (String) execution.getVariable(DeclareEpidemicEnd.ENDED_ON);
    int notified = execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
        .processInstanceVariableEquals("countyCode", county)
        .setVariable("epidemicEndedOn", endedOn)
        .correlateAllWithResult().size();
    execution.setVariable("casesNotified", (long) notified);
  }
}
