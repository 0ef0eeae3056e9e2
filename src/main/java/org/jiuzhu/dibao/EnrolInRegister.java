package org.jiuzhu.dibao;

import static org.jiuzhu.dibao.DibaoVariables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.Member;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.springframework.stereotype.Component;

/**
 * 纳入: enters the people of an approved case in the province's 低保 or 特困 register from today, all of them or
 * none. A household in 低保 is enrolled whole; 单人户 and 特困 enrol the applicant alone. Someone enrolled in the
 * province since the application (another case, an import) leaves the case not enrolled, with the reason, for
 * the written notice; two cases enrolling the same person at once enrol them once (the register's unique key).
 */
@Component("enrolInRegister")
class EnrolInRegister implements JavaDelegate {

  private final Registers registers;
  private final PersonalDataVault vault;

  EnrolInRegister(Registers registers, PersonalDataVault vault) {
    this.registers = registers;
    this.vault = vault;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Household household = Household.fromKept((String) execution.getVariable(HOUSEHOLD));
    String type = (String) execution.getVariable(ASSISTANCE_TYPE);
    boolean wholeHousehold = "DIBAO".equals(type) && !Boolean.TRUE.equals(execution.getVariable(SINGLE_PERSON));
    List<Member> people = wholeHousehold ? household.members() : List.of(household.applicant());
    String county = (String) execution.getVariable("countyCode");
    LocalDate today = ChinaClock.today();
    int taken = registers.enrolAll(people.stream()
        .map(m -> new Enrolment(vault.idNumberHash(m.idNumber()), RegisterType.valueOf(type), county.substring(0, 2),
            county, today, null))
        .toList());
    execution.setVariable(ENROLLED, taken < 0);
    if (taken < 0) {
      execution.setVariable(OUTCOME, "ENROLLED");
      execution.setVariable(ENROLLED_FROM, today.toString());
    } else {
      execution.setVariable(REFUSAL_REASON, "第" + (household.members().indexOf(people.get(taken)) + 1)
          + "名家庭成员在受理后已纳入本省低保或特困，不能重复纳入");
    }
  }
}
