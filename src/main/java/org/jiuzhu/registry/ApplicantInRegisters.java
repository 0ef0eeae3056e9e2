package org.jiuzhu.registry;

import java.util.Set;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/** The registers (低保, 特困) a case's applicant (by vault reference) is in today, here or in another province. */
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
}
