package org.jiuzhu.running;

/** Variable names of the running case (dibao-case) that its model, forms and tests rely on. */
final class RunningCaseVariables {

  static final String PROCESS_KEY = "dibao-case";
  static final String STATUS = "caseStatus";
  static final String MONTHLY_BENEFIT = "monthlyBenefit";
  static final String NEXT_REVIEW_DUE = "nextReviewDue";
  static final String GRADUAL_EXIT_ENDS = "gradualExitEnds";
  static final String EXITS_SUSPENDED = "exitsSuspended";

  static final String REVIEW_RESULT = "reviewResult";
  static final String REVIEW_REASONS = "reviewReasons";
  static final String INCOME_CHANGES = "incomeChanges";
  static final String INCOME_UNSTABLE = "incomeUnstable";
  static final String EXIT_CAUSE = "exitCause";
  static final String RELAPSE_RISK = "relapseRisk";
  static final String EXIT_APPROVED = "exitApproved";
  static final String RISK_OPINION = "riskOpinion";

  static final String SUSPENSION_REASON = "suspensionReason";
  static final String RESUMPTION_REASON = "resumptionReason";
  static final String CIRCUMSTANCES_CHANGE = "circumstancesChange";
  static final String CIRCUMSTANCES_REASON = "circumstancesReason";

  static final String KEEP = "KEEP";
  static final String CHANGE = "CHANGE";
  static final String END = "END";
  static final String INCOME_FROM_WORK = "INCOME_FROM_WORK";
  static final String DECEASED = "DECEASED";
  static final String MOVED_AWAY = "MOVED_AWAY";
  static final String NO_LONGER_ELIGIBLE = "NO_LONGER_ELIGIBLE";

  private RunningCaseVariables() {
  }
}
