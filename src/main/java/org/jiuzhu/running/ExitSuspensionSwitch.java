package org.jiuzhu.running;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.jiuzhu.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Turns a county's switch 疫情期间暂停退出 on or off, for its staff (PUT /api/counties/{county}/exit-suspension) and for
 * the system when the county's epidemic is declared ended: a change is audited under {@value #AUDIT_KEY}, and
 * lifting it resumes the exits that waited. Setting the switch to what it already is changes nothing, so a
 * retried or repeated lifting is harmless.
 */
@Component
class ExitSuspensionSwitch {

  static final String EXITS_RESUMED = "Message_ExitsResumed";
  static final String AUDIT_KEY = "EXIT-SUSPENSION";

  private final ExitSuspensions suspensions;
  private final AuditTrail trail;
  private final ProcessEngineConfigurationImpl engine;

  ExitSuspensionSwitch(ExitSuspensions suspensions, AuditTrail trail, ProcessEngine engine) {
    this.suspensions = suspensions;
    this.trail = trail;
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Sets the switch as {@code user} (or the system when null); tells whether it changed. */
  boolean set(String countyCode, boolean suspended, String reason, String user) {
    String by = user == null ? AuditTrail.SYSTEM : user;
    if (!suspensions.set(countyCode, suspended, reason, by)) {
      return false;
    }
    trail.record(user, AUDIT_KEY, countyCode, suspended ? "疫情期间暂停退出" : "恢复退出", reason);
    if (!suspended) {
      // The exits that waited go on as the system's: staff may not correlate messages themselves.
      engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
          () -> engine.getRuntimeService().createMessageCorrelation(EXITS_RESUMED)
              .processInstanceVariableEquals("countyCode", countyCode).correlateAllWithResult()));
    }
    return true;
  }
}
