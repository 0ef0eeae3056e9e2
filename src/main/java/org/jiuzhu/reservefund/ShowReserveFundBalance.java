package org.jiuzhu.reservefund;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * As the township's grant step opens: its reserve fund's balance, for the form to show before an amount is typed
 * (the step's own variable reserveFundNote). The grant itself is checked against the balance when it is drawn.
 */
@Component("showReserveFundBalance")
class ShowReserveFundBalance implements TaskListener {

  static final String VARIABLE = "reserveFundNote";

  private final ReserveFunds funds;

  ShowReserveFundBalance(ReserveFunds funds) {
    this.funds = funds;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(VARIABLE, note(funds.balance((String) task.getVariable("townshipCode"))));
  }

  static String note(BigDecimal balance) {
    return "本乡镇（街道）临时救助备用金余额 " + balance.setScale(2).toPlainString()
        + " 元（本环节开始时）。乡镇（街道）审批权限内的救助从备用金先行支付，金额不能超过余额；超出权限的报县级审批。";
  }
}
