package org.jiuzhu.dibao;

/** Variable names of 低保、特困 enrolment (dibao-application) and its running case that other parts rely on. */
final class DibaoVariables {

  static final String PROCESS_KEY = "dibao-application";
  static final String RUNNING_CASE_KEY = "dibao-case";
  static final String CASE_PREFIX = "DBSQ";
  static final String RUNNING_CASE_PREFIX = "DBAJ";

  static final String ASSISTANCE_TYPE = "assistanceType";
  static final String RESIDENCE = "residence";
  static final String SINGLE_PERSON = "singlePersonHousehold";
  static final String REGISTERED_POOR = "registeredPoorUnableToWork";
  static final String REGISTERED_POOR_CONFIRMED = "registeredPoorConfirmed";
  static final String ORPHAN_GUARANTEE = "orphanGuarantee";
  static final String COMMITMENT_SIGNED = "commitmentSigned";

  /** The household as the case keeps it: vault references and masked numbers, never a clear ID number. */
  static final String HOUSEHOLD = "household";
  static final String HOUSEHOLD_SIZE = "householdSize";
  static final String PER_CAPITA_INCOME = "perCapitaIncome";
  static final String ASSETS_PER_PERSON = "assetsPerPerson";
  static final String DIBAO_STANDARD = "dibaoStandard";
  static final String ECONOMIC_CHECK_EXEMPT = "economicCheckExempt";
  static final String ELIGIBLE = "eligible";
  static final String MONTHLY_BENEFIT = "monthlyBenefit";
  static final String REFUSAL_REASON = "refusalReason";

  static final String ENROLLED = "enrolled";
  static final String ENROLLED_FROM = "enrolledFrom";
  static final String OUTCOME = "outcome";
  static final String RUNNING_CASE_NUMBER = "dibaoCaseNumber";
  static final String APPLICATION_CASE_NUMBER = "applicationCaseNumber";

  private DibaoVariables() {
  }
}
