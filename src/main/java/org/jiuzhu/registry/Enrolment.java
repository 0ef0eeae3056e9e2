package org.jiuzhu.registry;

import java.time.LocalDate;

/**
 * One entry of a register, by keyed hash of the ID number (never the number itself).
 *
 * @param endedOn      null while the person is enrolled
 * @param workCapacity recorded on the 建档立卡/脱贫·监测 list ({@link RegisterType#poverty()}), null on the others
 */
public record Enrolment(String idNumberHash, RegisterType type, String provinceCode, String countyCode,
    LocalDate from, LocalDate endedOn, WorkCapacity workCapacity) {

  public Enrolment {
    if (type.poverty() != (workCapacity != null)) {
      throw new IllegalArgumentException("a capacity to work is recorded on the poverty list, and only there");
    }
  }

  /** A 低保 or 特困 enrolment. */
  public Enrolment(String idNumberHash, RegisterType type, String provinceCode, String countyCode, LocalDate from,
      LocalDate endedOn) {
    this(idNumberHash, type, provinceCode, countyCode, from, endedOn, null);
  }

  public boolean open() {
    return endedOn == null;
  }
}
