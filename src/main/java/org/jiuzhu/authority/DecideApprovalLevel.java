package org.jiuzhu.authority;

import java.math.BigDecimal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.springframework.stereotype.Component;

/**
 * 审核确认权限: asks the approval-authority table whether the township may approve this grant or the county
 * must, from the kind of assistance, the amount and the county's urban 低保 standard in force today. Reads
 * assistanceKind, caseByCase (optional), approvedAmount and countyCode; sets approvalLevel (TOWNSHIP or
 * COUNTY) and the standard it used, urbanDibaoStandard.
 */
@Component("decideApprovalLevel")
public class DecideApprovalLevel implements JavaDelegate {

  public static final String DECISION = "approval-authority";

  private final DecisionService decisions;
  private final LocalStandards standards;

  DecideApprovalLevel(DecisionService decisions, LocalStandards standards) {
    this.decisions = decisions;
    this.standards = standards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String county = (String) execution.getVariable("countyCode");
    BigDecimal urban = standards.inForce(county, ChinaClock.today()).map(LocalStandard::urbanDibao)
        .orElseThrow(() -> new IllegalStateException("县（市、区）" + county + " 没有生效的城市低保标准（local_standard）"));
    String level = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("assistanceKind", execution.getVariable("assistanceKind"))
            .putValue("caseByCase", Boolean.TRUE.equals(execution.getVariable("caseByCase")))
            .putValue("amount", new BigDecimal((String) execution.getVariable("approvedAmount")))
            .putValue("urbanDibaoStandard", urban))
        .evaluate()
        .getSingleEntry();
    execution.setVariable("urbanDibaoStandard", urban.toPlainString());
    execution.setVariable("approvalLevel", level);
  }
}
