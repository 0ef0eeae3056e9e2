package org.jiuzhu.supervision;

import java.util.Date;

import org.camunda.bpm.cockpit.db.QueryParameters;

/** The parameters of the 逾期督办 queries (overdue-steps.xml): steps due before {@code dueBefore}, late after {@code now}. */
public class OverdueStepQuery extends QueryParameters {

  private final Date now;
  private final Date dueBefore;

  OverdueStepQuery(Date now, Date dueBefore, int firstResult, int maxResults) {
    setFirstResult(firstResult);
    setMaxResults(maxResults);
    this.now = now;
    this.dueBefore = dueBefore;
  }

  public Date getNow() {
    return now;
  }

  public Date getDueBefore() {
    return dueBefore;
  }
}
