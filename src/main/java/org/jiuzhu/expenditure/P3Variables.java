package org.jiuzhu.expenditure;

/** Variable names of P3 that outside systems rely on (CONTRACT.md), beyond the applicant's shared ones. */
final class P3Variables {

  static final String PROCESS_KEY = "expenditure-assistance";
  static final String ASSISTANCE_KIND = "EXPENDITURE";

  static final String EXPENDITURE_DESCRIPTION = "expenditureDescription";
  static final String DIBAO_OR_TEKUN = "dibaoOrTekun";
  static final String COMMITMENT_SIGNED = "commitmentSigned";
  static final String HOUSEHOLD_REGISTER_PROVIDED = "householdRegisterProvided";
  static final String IDENTITY_DOCUMENT = "identityDocument";
  static final String DIBAO_OR_TEKUN_CONFIRMED = "dibaoOrTekunConfirmed";

  static final String VILLAGE_VERIFIED = "villageVerified";
  static final String ECONOMY_PASSED = "economicCheckPassed";
  static final String ECONOMY_OPINION = "economicCheckOpinion";
  static final String TOWNSHIP_APPROVED = "townshipApproved";
  static final String TOWNSHIP_OPINION = "townshipOpinion";
  static final String APPROVED_AMOUNT = "approvedAmount";
  static final String REFUSAL_REASON = "refusalReason";

  private P3Variables() {
  }
}
