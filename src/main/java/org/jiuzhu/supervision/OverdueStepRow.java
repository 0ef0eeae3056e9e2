package org.jiuzhu.supervision;

import java.util.Date;

/** One open step due by today, as overdue-steps.xml reads it. */
public class OverdueStepRow {

  private String taskId;
  private String stepName;
  private String stepKey;
  private Date due;
  private int priority;
  private String assignee;
  private String processInstanceId;
  private String caseNumber;
  private String procedureKey;
  private String procedureName;
  private String townshipCode;
  private String unitGroup;
  private String urged;

  public OverdueStepRow() {
  }

  OverdueStepRow(String taskId, String stepName, String stepKey, Date due, int priority, String processInstanceId,
      String caseNumber, String procedureKey, String procedureName, String townshipCode, String unitGroup) {
    this.taskId = taskId;
    this.stepName = stepName;
    this.stepKey = stepKey;
    this.due = due;
    this.priority = priority;
    this.processInstanceId = processInstanceId;
    this.caseNumber = caseNumber;
    this.procedureKey = procedureKey;
    this.procedureName = procedureName;
    this.townshipCode = townshipCode;
    this.unitGroup = unitGroup;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getStepName() {
    return stepName;
  }

  public String getStepKey() {
    return stepKey;
  }

  public Date getDue() {
    return due;
  }

  public int getPriority() {
    return priority;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getProcedureKey() {
    return procedureKey;
  }

  public String getProcedureName() {
    return procedureName;
  }

  public String getTownshipCode() {
    return townshipCode;
  }

  public String getUnitGroup() {
    return unitGroup;
  }

  public String getUrged() {
    return urged;
  }
}
