package org.jiuzhu.dibao;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.calendar.TimeLimits;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 张榜公示 on completion: what was posted, where, by whom, and from which day to which, at least the configured
 * notice period (jiuzhu.time-limits.public-notice-days, calendar days, both ends counted) and not already over.
 */
@Component("publicNoticeInput")
class PublicNoticeInput implements TaskListener {

  static final String CONTENT = "noticeContent";
  static final String PLACE = "noticePlace";
  static final String FROM = "noticeFrom";
  static final String TO = "noticeTo";
  static final String POSTED_BY = "noticePostedBy";

  private final TimeLimits timeLimits;

  PublicNoticeInput(TimeLimits timeLimits) {
    this.timeLimits = timeLimits;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    Values.text(task.getVariable(CONTENT), CONTENT, 2000, problems);
    Values.text(task.getVariable(PLACE), PLACE, 200, problems);
    Values.text(task.getVariable(POSTED_BY), POSTED_BY, 50, problems);
    LocalDate from = Values.date(task.getVariable(FROM), FROM, problems);
    LocalDate to = Values.date(task.getVariable(TO), TO, problems);
    int days = timeLimits.getPublicNoticeDays();
    if (from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 < days) {
      problems.add(new Problem(TO, "公示期不少于" + days + "天（含起止日）"));
    } else if (to != null && to.isBefore(ChinaClock.today())) {
      problems.add(new Problem(TO, "公示截止日期不能早于今天"));
    }
    InvalidInputException.throwIfAny("公示记录", problems);
  }
}
