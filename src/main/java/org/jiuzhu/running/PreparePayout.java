package org.jiuzhu.running;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 核算当月发放: streams every running case not ended, page by page, each page committed on its own so a crash
 * resumes after the last page written; then sums each township's batch. A case is due its benefit in force for
 * the month; a suspended one, a gradual exit past its last month, or a benefit of nothing is skipped with the
 * reason. Sets {@code payoutTownships}, the townships whose batch the county confirms.
 */
@Component("preparePayout")
class PreparePayout implements JavaDelegate {

  static final String TOWNSHIPS = "payoutTownships";

  private final Payouts payouts;
  private final BenefitInForce benefits;
  private final PayoutSchedule schedule;
  private final TransactionTemplate eachPage;

  PreparePayout(Payouts payouts, BenefitInForce benefits, PayoutSchedule schedule, PlatformTransactionManager tx) {
    this.payouts = payouts;
    this.benefits = benefits;
    this.schedule = schedule;
    this.eachPage = new TransactionTemplate(tx);
    this.eachPage.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.parse((String) execution.getVariable(PayoutMonth.PAYOUT_MONTH));
    BenefitInForce.Month rates = benefits.month(month);
    String after = payouts.lastWritten(month);
    while (after != null) {
      String from = after;
      after = eachPage.execute(status -> writePage(month, rates, from));
    }
    execution.setVariable(TOWNSHIPS, payouts.prepareBatches(month,
        (String) execution.getVariable(PayoutMonth.STARTED_BY)));
  }

  /** Writes the lines of the page after a case number; answers the last case written, null after the last page. */
  private String writePage(YearMonth month, BenefitInForce.Month rates, String after) {
    List<RunningCase> page = payouts.page(after, month, schedule.getPageSize());
    if (page.isEmpty()) {
      return null;
    }
    String last = page.get(page.size() - 1).businessKey();
    Map<String, List<CaseMember>> members = payouts.members(page.get(0).businessKey(), last);
    List<Payouts.Line> lines = new ArrayList<>(page.size());
    for (RunningCase c : page) {
      lines.add(line(c, members.getOrDefault(c.businessKey(), List.of()), month, rates));
    }
    payouts.write(month, lines);
    return last;
  }

  static Payouts.Line line(RunningCase c, List<CaseMember> members, YearMonth month, BenefitInForce.Month rates) {
    if (RunningCase.SUSPENDED.equals(c.status())) {
      return skipped(c, "案件暂停发放");
    }
    if (RunningCase.GRADUAL_EXIT.equals(c.status()) && c.paidThrough() != null
        && YearMonth.from(c.paidThrough()).isBefore(month)) {
      return skipped(c, "渐退期已于" + YearMonth.from(c.paidThrough()) + "届满");
    }
    BigDecimal amount = rates.of(c, members);
    if (amount.signum() <= 0) {
      return skipped(c, "按当月标准核算的月保障金为0元，待核查");
    }
    return new Payouts.Line(c.businessKey(), c.townshipCode(), Payouts.DUE, amount, null);
  }

  private static Payouts.Line skipped(RunningCase c, String reason) {
    return new Payouts.Line(c.businessKey(), c.townshipCode(), Payouts.SKIPPED, null, reason);
  }
}
