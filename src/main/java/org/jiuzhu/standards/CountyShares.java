package org.jiuzhu.standards;

import java.math.BigDecimal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A county's share of the local standard for a category of people, from one of the county tables
 * (dibao-single-person-share, dibao-key-member-share): inputs countyCode and category, output a share from 0 to 1.
 */
public final class CountyShares {

  private CountyShares() {
  }

  public static BigDecimal of(DecisionService decisions, String decisionKey, String countyCode, String category) {
    Object share = decisions.evaluateDecisionTableByKey(decisionKey)
        .variables(Variables.createVariables().putValue("countyCode", countyCode).putValue("category", category))
        .evaluate()
        .getSingleEntry();
    // The table's double is read through its decimal text, never as binary.
    BigDecimal value = new BigDecimal(String.valueOf(share));
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStateException(decisionKey + " 给出的比例须在0到1之间，而不是 " + value);
    }
    return value;
  }
}
