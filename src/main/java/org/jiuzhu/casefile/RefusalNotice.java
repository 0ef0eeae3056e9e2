package org.jiuzhu.casefile;

import java.time.OffsetDateTime;

/** 书面告知不予救助理由: what the applicant is told, in writing, when a case is refused. */
public record RefusalNotice(String businessKey, String applicantName, String townshipCode, String reason,
    OffsetDateTime issuedAt) {
}
