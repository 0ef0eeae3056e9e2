package org.jiuzhu.running;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 恢复退出 (宣布疫情结束): a county whose epidemic has ended no longer holds exits, so its switch 疫情期间暂停退出 is
 * lifted by the system and the exits that waited go on. Idempotent: a switch already off, or never set, stays as
 * it is, so a retried job changes nothing twice.
 */
@Component("liftExitSuspension")
class LiftExitSuspension implements JavaDelegate {

  private final ExitSuspensionSwitch exitSwitch;

  LiftExitSuspension(ExitSuspensionSwitch exitSwitch) {
    this.exitSwitch = exitSwitch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String county = (String) execution.getVariable("countyCode");
    boolean lifted = exitSwitch.set(county, false, "宣布疫情结束（" + execution.getProcessBusinessKey() + "）", null);
    execution.setVariable("exitSuspensionLifted", lifted);
  }
}
