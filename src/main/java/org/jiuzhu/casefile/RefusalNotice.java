package org.jiuzhu.casefile;

import java.time.OffsetDateTime;

/**
 * 书面告知不予救助理由: what the applicant is told, in writing, when a case is refused, and by which unit (the
 * county when the county refused, else the township; null on notices older than the column: the township's).
 */
public record RefusalNotice(String businessKey, String applicantName, String townshipCode, String reason,
    OffsetDateTime issuedAt, String decidingUnitCode) {

  public String decidedBy() {
    return decidingUnitCode == null ? townshipCode : decidingUnitCode;
  }
}
