package org.jiuzhu.running;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A running case as its table keeps it (see V9__running_cases.sql). */
record RunningCase(String businessKey, String applicationKey, String assistanceType, String residence,
    String countyCode, String townshipCode, String villageCode, String payeeRef, String status,
    BigDecimal singlePersonShare, boolean unstableIncome, LocalDate enrolledFrom, LocalDate paidThrough,
    LocalDate endedOn) {

  static final String ACTIVE = "ACTIVE";
  static final String GRADUAL_EXIT = "GRADUAL_EXIT";
  static final String SUSPENDED = "SUSPENDED";
  static final String ENDED = "ENDED";
}
