package org.jiuzhu.emergency;

/** Variable names of P2 that outside systems rely on (CONTRACT.md). */
final class P2Variables {

  static final String APPLICANT_NAME = "applicantName";
  static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
  static final String APPLICANT_PHONE = "applicantPhone";
  static final String TOWNSHIP_CODE = "townshipCode";
  static final String BANK_ACCOUNT = "bankAccount";
  static final String EMERGENCY = "emergencyDescription";
  static final String EPIDEMIC = "epidemic";
  static final String RECIPIENT_CATEGORY = "recipientCategory";
  static final String COMMITMENT_SIGNED = "commitmentSigned";

  static final String DIRECT_GRANT = "directGrant";
  static final String TOWNSHIP_APPROVED = "townshipApproved";
  static final String TOWNSHIP_OPINION = "townshipOpinion";
  static final String APPROVED_AMOUNT = "approvedAmount";
  static final String CASE_BY_CASE = "caseByCase";
  static final String URGENCY = "urgency";
  static final String COUNTY_AMOUNT = "countyAmount";
  static final String COUNTY_AMOUNT_REASON = "countyAmountReason";
  static final String HANDLER_NAMES = "handlerNames";
  static final String SIGNED_OFF = "formalitiesSignedOff";
  static final String FOLLOW_UP_NOTE = "followUpNote";

  static final String REFUSAL_REASON = "refusalReason";

  private P2Variables() {
  }
}
