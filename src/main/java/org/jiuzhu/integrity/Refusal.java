package org.jiuzhu.integrity;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An operation staff may not perform whatever the engine's authorizations say (moving a case outside its
 * steps, writing variables no step owns, running or editing jobs, evaluating an expression they supplied).
 *
 * @param status 403 for an operation the caller may not use at all, 400 for a request that is malformed
 */
public class Refusal extends ProcessEngineException implements Audited {

  private final int status;
  private final Note note;

  Refusal(int status, String message, String action, String detail, String businessKey, String countyCode) {
    super(message);
    this.status = status;
    this.note = new Note(action, detail, businessKey, countyCode);
  }

  public static Refusal forbidden(String message, String operation) {
    return new Refusal(403, message, "拒绝：" + message, operation, null, null);
  }

  /** A step a unit may take only for its own area (a county's own declaration), tried for another: 403, audited. */
  public static Refusal outsideOwnArea(String message, String action, String countyCode) {
    return new Refusal(403, message, "拒绝：" + action, null, null, countyCode);
  }

  public int status() {
    return status;
  }

  @Override
  public Note note() {
    return note;
  }
}
