package org.jiuzhu.dibao;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a 低保、特困 application or fast-track case ends (any end, a cancellation included), its people may be the
 * subject of a new one.
 */
@Component("releaseOpenApplication")
class ReleaseOpenApplication implements ExecutionListener {

  private final OpenApplications open;

  ReleaseOpenApplication(OpenApplications open) {
    this.open = open;
  }

  @Override
  public void notify(DelegateExecution execution) {
    open.release(execution.getProcessBusinessKey());
  }
}
