package org.jiuzhu.notices;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a case's grant is decided, and by which level: the county when it approved; the township when the
 * authority table left the decision to it (approvalLevel TOWNSHIP), or, in a procedure without that table (P1),
 * once the province's once-only register confirmed the township's approval.
 */
public final class Grant {

  public enum DecidedBy { TOWNSHIP, COUNTY }

  private Grant() {
  }

  public static Optional<DecidedBy> decided(Map<String, Object> variables) {
    if (Boolean.TRUE.equals(variables.get("countyApproved"))) {
      return Optional.of(DecidedBy.COUNTY);
    }
    if (!Boolean.TRUE.equals(variables.get("townshipApproved"))) {
      return Optional.empty();
    }
    Object level = variables.get("approvalLevel");
    boolean township = "TOWNSHIP".equals(level)
        || level == null && Boolean.TRUE.equals(variables.get("firstInProvince"));
    return township ? Optional.of(DecidedBy.TOWNSHIP) : Optional.empty();
  }

  /** The variable whose last setting dates the decision. */
  public static String decisionVariable(DecidedBy by) {
    return by == DecidedBy.COUNTY ? "countyApproved" : "townshipApproved";
  }
}
