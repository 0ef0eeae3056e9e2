package org.jiuzhu.audit;

import java.time.OffsetDateTime;

/** One line of a case's audit trail, as GET /api/cases/{case number}/audit shows it. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String userId, String businessKey, String countyCode,
    String action, String detail) {
}
