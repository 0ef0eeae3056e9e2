package org.jiuzhu.unemployed;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.OncePerProvinceRegistry;
import org.springframework.stereotype.Component;

/**
 * 先行录入临时救助信息管理系统进行验证: enters the person before confirmation; an earlier entry anywhere in the
 * province means this case is refused (二(二)3: 在本省行政区域内只能享受一次).
 */
@Component("registerOncePerProvince")
class RegisterOncePerProvince implements JavaDelegate {

  private final PersonalDataVault vault;
  private final OncePerProvinceRegistry registry;

  RegisterOncePerProvince(PersonalDataVault vault, OncePerProvinceRegistry registry) {
    this.vault = vault;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String idHash = vault.idNumberHash((String) execution.getVariable("applicantRef"));
    Optional<String> earlier = registry.claim(idHash, execution.getProcessBusinessKey(),
        (String) execution.getVariable("townshipCode"), ChinaClock.now());
    execution.setVariable("firstInProvince", earlier.isEmpty());
    earlier.ifPresent(caseNumber -> execution.setVariable("refusalReason",
        "申请人已在本省享受过未参保失业人员临时救助（案件 " + caseNumber + "），每人在本省只能享受一次"));
  }
}
