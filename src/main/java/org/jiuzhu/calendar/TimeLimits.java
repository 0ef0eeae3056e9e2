package org.jiuzhu.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Time limits the policy texts leave to the local offices, in days, under {@code jiuzhu.time-limits}; models
 * read them as {@code ${workingDays.due(timeLimits.countyApproval)}}. Limits the decrees fix (3 working days
 * for the village, 2 for the township in P1) stay in the models, where officials read them.
 */
@Component("timeLimits")
@ConfigurationProperties("jiuzhu.time-limits")
public class TimeLimits {

  /** Working days for a county-level approval step. */
  private int countyApproval = 5;
  /** Working days to complete the formalities after emergency assistance (补齐手续). */
  private int followUp = 10;
  /** Calendar days of public notice (公示) before expenditure-type assistance is approved. */
  private int publicNoticeDays = 7;
  /** Working days the county's supervisors have for a 督办 before it goes to the city's. */
  private int supervision = 2;
  /** Working days the city's supervisors have for a 督办 the county left unhandled (its due date in Tasklist). */
  private int citySupervision = 2;
  /** Working days an applicant has to hand in every material a one-time notice (一次性告知) listed (补正). */
  private int supplement = 10;

  public int getCountyApproval() {
    return countyApproval;
  }

  public void setCountyApproval(int days) {
    this.countyApproval = atLeastOne("county-approval", days);
  }

  public int getFollowUp() {
    return followUp;
  }

  public void setFollowUp(int days) {
    this.followUp = atLeastOne("follow-up", days);
  }

  public int getPublicNoticeDays() {
    return publicNoticeDays;
  }

  public void setPublicNoticeDays(int days) {
    this.publicNoticeDays = atLeastOne("public-notice-days", days);
  }

  public int getSupervision() {
    return supervision;
  }

  public void setSupervision(int days) {
    this.supervision = atLeastOne("supervision", days);
  }

  public int getCitySupervision() {
    return citySupervision;
  }

  public void setCitySupervision(int days) {
    this.citySupervision = atLeastOne("city-supervision", days);
  }

  public int getSupplement() {
    return supplement;
  }

  public void setSupplement(int days) {
    this.supplement = atLeastOne("supplement", days);
  }

  private static int atLeastOne(String name, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("jiuzhu.time-limits." + name + " must be at least 1 day, not " + days);
    }
    return days;
  }
}
