package org.jiuzhu.running;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiuzhu.household.DibaoBenefit;

/** A member a running case's benefit counts, by line (from 1, as on the application). */
record CaseMember(int line, BigDecimal monthlyIncome, boolean worksAway, LocalDate birthDate, boolean seriouslyIll,
    boolean seriouslyDisabled) {

  DibaoBenefit.Person person() {
    return new DibaoBenefit.Person(DibaoBenefit.fen(monthlyIncome), worksAway, birthDate, seriouslyIll,
        seriouslyDisabled);
  }
}
