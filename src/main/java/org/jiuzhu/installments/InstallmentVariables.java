package org.jiuzhu.installments;

/** Variable names of installment payments that outside systems rely on (CONTRACT.md). */
public final class InstallmentVariables {

  /** The approved schedule, a Json variable as {@link InstallmentPlan#toJson} writes it. */
  public static final String PLAN = "installmentPlan";
  public static final String COUNT = InstallmentRules.COUNT;
  /** Long: installments paid so far. */
  public static final String PAID = "installmentsPaid";
  /** Message variable: why the remaining installments stop. */
  public static final String CHANGE_REASON = "changeReason";
  public static final String STOP_REASON = "stopReason";

  private InstallmentVariables() {
  }
}
