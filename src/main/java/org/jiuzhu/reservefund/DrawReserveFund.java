package org.jiuzhu.reservefund;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * 动用备用金: a grant within the township's authority is drawn from its reserve fund. It runs in the transaction
 * of the township's decision, so a grant the fund cannot cover is refused like any other bad input: the whole
 * completion rolls back, the township's step stays open and the message names approvedAmount.
 */
@Component("drawReserveFund")
class DrawReserveFund implements JavaDelegate {

  static final String AMOUNT = "approvedAmount";

  private final ReserveFunds funds;

  DrawReserveFund(ReserveFunds funds) {
    this.funds = funds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String township = (String) execution.getVariable("townshipCode");
    BigDecimal amount = new BigDecimal((String) execution.getVariable(AMOUNT));
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (funds.draw(township, amount, execution.getProcessBusinessKey(),
        caller == null ? null : caller.getUserId(), ChinaClock.now()).isEmpty()) {
      throw new InvalidInputException("救助金额", List.of(new Problem(AMOUNT,
          "超出本乡镇（街道）临时救助备用金余额（当前余额" + funds.balance(township).toPlainString() + "元，本次"
              + amount.toPlainString() + "元），请联系县级民政部门补充备用金后再发放")));
    }
  }
}
