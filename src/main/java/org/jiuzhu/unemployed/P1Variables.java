package org.jiuzhu.unemployed;

/** Variable names of P1 that outside systems rely on (CONTRACT.md). */
final class P1Variables {

  static final String APPLICANT_NAME = "applicantName";
  static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
  static final String APPLICANT_PHONE = "applicantPhone";
  static final String TOWNSHIP_CODE = "townshipCode";
  static final String VILLAGE_CODE = "villageCode";
  static final String BANK_ACCOUNT = "bankAccount";
  static final String HARDSHIP = "hardshipDescription";
  static final String EMPLOYER_NAME = "employerName";
  static final String EMPLOYER_ADDRESS = "employerAddress";
  static final String JOB_TITLE = "jobTitle";
  static final String WITNESSES = "witnesses";
  static final String MONTHS_WITHOUT_INCOME = "monthsWithoutIncome";
  static final String COVERED_BY_INSURANCE = "coveredByUnemploymentInsurance";
  static final String COMMITMENT_SIGNED = "commitmentSigned";
  static final String HOUSEHOLD_REGISTER_PROVIDED = "householdRegisterProvided";
  static final String IDENTITY_DOCUMENT = "identityDocument";

  static final String VILLAGE_VERIFIED = "villageVerified";
  static final String VILLAGE_OPINION = "villageOpinion";
  static final String TOWNSHIP_APPROVED = "townshipApproved";
  static final String TOWNSHIP_OPINION = "townshipOpinion";
  static final String APPROVED_AMOUNT = "approvedAmount";
  static final String URGENCY = "urgency";

  private P1Variables() {
  }
}
