package org.jiuzhu.registry;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/** Whether a case's applicant (by vault reference) is enrolled in 低保, here or in another province, today. */
@Component
public class ApplicantInDibao {

  private final PersonalDataVault vault;
  private final DibaoRegistry dibao;

  ApplicantInDibao(PersonalDataVault vault, DibaoRegistry dibao) {
    this.vault = vault;
    this.dibao = dibao;
  }

  public boolean today(String applicantRef) {
    return dibao.enrolledAnywhereOn(vault.idNumberHash(applicantRef), ChinaClock.today());
  }
}
