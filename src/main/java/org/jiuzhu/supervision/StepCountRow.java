package org.jiuzhu.supervision;

/** How many readable steps of one township and procedure are due by today, and how many of them are late. */
public class StepCountRow {

  private String townshipCode;
  private String procedureKey;
  private String procedureName;
  private long steps;
  private long overdue;

  public StepCountRow() {
  }

  StepCountRow(String townshipCode, String procedureKey, String procedureName, long steps, long overdue) {
    this.townshipCode = townshipCode;
    this.procedureKey = procedureKey;
    this.procedureName = procedureName;
    this.steps = steps;
    this.overdue = overdue;
  }

  public String getTownshipCode() {
    return townshipCode;
  }

  public String getProcedureKey() {
    return procedureKey;
  }

  public String getProcedureName() {
    return procedureName;
  }

  public long getSteps() {
    return steps;
  }

  public long getOverdue() {
    return overdue;
  }
}
