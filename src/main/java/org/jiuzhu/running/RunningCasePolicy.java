package org.jiuzhu.running;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The running case's numbers the texts leave to the province (002 §一(三)), under {@code jiuzhu.running-case};
 * the model reads them as {@code runningCasePolicy.reviewWorkingDays}.
 */
@Component("runningCasePolicy")
@ConfigurationProperties("jiuzhu.running-case")
public class RunningCasePolicy {

  /** Months between reviews of a household whose situation changes little (每年核查一次). */
  private int reviewMonthsStable = 12;
  /** Months between reviews of a household with unstable income and members able to work (每半年核查一次). */
  private int reviewMonthsUnstable = 6;
  /** Months a household whose income rose through work is still paid after the exit is decided (渐退期). */
  private int gradualExitMonths = 3;
  /** Working days the village has for a review. */
  private int reviewWorkingDays = 10;
  /** Working days the township has for the risk assessment before an exit (返贫风险评估). */
  private int riskAssessmentWorkingDays = 5;

  public int getReviewMonthsStable() {
    return reviewMonthsStable;
  }

  public void setReviewMonthsStable(int months) {
    this.reviewMonthsStable = atLeastOne("review-months-stable", months);
  }

  public int getReviewMonthsUnstable() {
    return reviewMonthsUnstable;
  }

  public void setReviewMonthsUnstable(int months) {
    this.reviewMonthsUnstable = atLeastOne("review-months-unstable", months);
  }

  public int getGradualExitMonths() {
    return gradualExitMonths;
  }

  public void setGradualExitMonths(int months) {
    this.gradualExitMonths = atLeastOne("gradual-exit-months", months);
  }

  public int getReviewWorkingDays() {
    return reviewWorkingDays;
  }

  public void setReviewWorkingDays(int days) {
    this.reviewWorkingDays = atLeastOne("review-working-days", days);
  }

  public int getRiskAssessmentWorkingDays() {
    return riskAssessmentWorkingDays;
  }

  public void setRiskAssessmentWorkingDays(int days) {
    this.riskAssessmentWorkingDays = atLeastOne("risk-assessment-working-days", days);
  }

  int reviewMonths(boolean unstableIncome) {
    return unstableIncome ? reviewMonthsUnstable : reviewMonthsStable;
  }

  private static int atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("jiuzhu.running-case." + name + " must be at least 1, not " + value);
    }
    return value;
  }
}
