package org.jiuzhu.fasttrack;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.Member;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Registers;
import org.springframework.stereotype.Component;

/**
 * 补办手续前核查名册: a member enrolled in the province's 低保 or 特困 while the case waited (another county, an
 * import) would make the regular application refuse its start, so the case ends here instead, refused in writing.
 * Sets enrolledElsewhere and, when so, refusalReason naming the member's line.
 */
@Component("checkEnrolledElsewhere")
class CheckEnrolledElsewhere implements JavaDelegate {

  static final String ENROLLED_ELSEWHERE = "enrolledElsewhere";

  private final Registers registers;
  private final PersonalDataVault vault;

  CheckEnrolledElsewhere(Registers registers, PersonalDataVault vault) {
    this.registers = registers;
    this.vault = vault;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Member> members = Household.fromKept((String) execution.getVariable("household")).members();
    String province = ((String) execution.getVariable("townshipCode")).substring(0, 2);
    for (int i = 0; i < members.size(); i++) {
      if (registers.openInProvince(vault.idNumberHash(members.get(i).idNumber()), province)) {
        execution.setVariable(ENROLLED_ELSEWHERE, true);
        execution.setVariable("refusalReason", "第" + (i + 1) + "名家庭成员在先行纳入后已纳入本省低保或特困，不能重复纳入，"
            + "不再补办本申请手续");
        return;
      }
    }
    execution.setVariable(ENROLLED_ELSEWHERE, false);
  }
}
