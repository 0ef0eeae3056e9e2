package org.jiuzhu.registry;

import java.time.LocalDate;

/**
 * One entry of the 低保 or 特困 register, by keyed hash of the ID number (never the number itself).
 *
 * @param endedOn null while the person is enrolled
 */
public record Enrolment(String idNumberHash, RegisterType type, String provinceCode, String countyCode,
    LocalDate from, LocalDate endedOn) {

  public boolean open() {
    return endedOn == null;
  }
}
