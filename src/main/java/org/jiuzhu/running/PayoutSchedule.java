package org.jiuzhu.running;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the monthly payout runs (jiuzhu.payout.day, 02:00 server time) and how many cases it reads at a time; the
 * model's timer reads {@code payoutSchedule.cron}.
 */
@Component("payoutSchedule")
@ConfigurationProperties("jiuzhu.payout")
public class PayoutSchedule {

  /** Day of the month the payout starts, 1 to 28 so that every month has it. */
  private int day = 5;
  /** Cases read and written per transaction; a crash loses at most one page of work, never a payment. */
  private int pageSize = 1000;

  public int getDay() {
    return day;
  }

  public void setDay(int day) {
    if (day < 1 || day > 28) {
      throw new IllegalArgumentException("jiuzhu.payout.day must be 1 to 28, not " + day);
    }
    this.day = day;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("jiuzhu.payout.page-size must be at least 1, not " + pageSize);
    }
    this.pageSize = pageSize;
  }

  public String getCron() {
    return "0 0 2 " + day + " * ?";
  }
}
