package org.jiuzhu.registry;

import java.util.Set;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/** The registers (低保, 特困, 建档立卡/脱贫·监测) a case's applicant (by vault reference) is in today, here or in another province. */
@Component
public class ApplicantInRegisters {

  private final PersonalDataVault vault;
  private final Registers registers;

  ApplicantInRegisters(PersonalDataVault vault, Registers registers) {
    this.vault = vault;
    this.registers = registers;
  }

  public Set<RegisterType> today(String applicantRef) {
    return registers.enrolledOn(vault.idNumberHash(applicantRef), ChinaClock.today());
  }

  public boolean inToday(String applicantRef, RegisterType type) {
    return today(applicantRef).contains(type);
  }

  /** 低保 or 特困 today. */
  public boolean assistedToday(String applicantRef) {
    return today(applicantRef).stream().anyMatch(RegisterType::assistance);
  }

  /** 建档立卡贫困人口 who lost all or part of their capacity to work, on the list today. */
  public boolean poorUnableToWorkToday(String applicantRef) {
    return registers.poorUnableToWork(vault.idNumberHash(applicantRef), ChinaClock.today());
  }
}
