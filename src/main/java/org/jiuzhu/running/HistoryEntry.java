package org.jiuzhu.running;

import java.time.OffsetDateTime;

/** One change of a running case's benefit or status, as GET /api/cases/{case}/benefit-history shows it. */
record HistoryEntry(OffsetDateTime changedAt, String changedBy, String what, String oldValue, String newValue,
    String reason) {

  static final String STATUS = "STATUS";
  static final String BENEFIT = "BENEFIT";
}
