package org.jiuzhu.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.historicVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.calendar.ChinaClock;

/**
 * The steps of a 低保 enrolment (dibao-application) as tests take them, for the enrolment's own tests and for the
 * running case's: each step approves. Needs BpmnAwareTests.init(engine).
 */
public final class DibaoEnrolments {

  private DibaoEnrolments() {
  }

  /**
   * Enrols a 低保 household of the applicant (first) and children with these ID numbers and monthly incomes, applied
   * to the test township and village, and answers its running case (dibao-case).
   */
  public static ProcessInstance enrolledHousehold(List<String> ids, String... incomes) {
    return runningCaseOf(enrolled(DibaoFixtures.application("DIBAO", ids, incomes)));
  }

  /** The same, its public notice posted today for a week (an enrolment at another time than the usual March 2026). */
  public static ProcessInstance enrolledHouseholdNoticedToday(List<String> ids, String... incomes) {
    LocalDate today = ChinaClock.today();
    return runningCaseOf(enrolled(DibaoFixtures.application("DIBAO", ids, incomes), today.toString(),
        today.plusDays(6).toString()));
  }

  /** Enrols a 低保 household whose members are given line by line ({@link DibaoFixtures#member}). */
  public static ProcessInstance enrolledHousehold(List<Map<String, Object>> members) {
    return runningCaseOf(enrolled(DibaoFixtures.application("DIBAO", members)));
  }

  public static ProcessInstance runningCaseOf(ProcessInstance application) {
    String number = (String) historicVariables(historyService(), application).get(DibaoVariables.RUNNING_CASE_NUMBER);
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(DibaoVariables.RUNNING_CASE_KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  static ProcessInstance atPublicNotice(Map<String, Object> application) {
    return atPublicNotice(application, "2026-03-02", "2026-03-08");
  }

  private static ProcessInstance atPublicNotice(Map<String, Object> application, String noticeFrom, String noticeTo) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(DibaoFixtures.KEY, application);
    investigate(pi);
    confirmEconomy(pi);
    approveInTownship(pi);
    postNotice(pi, noticeFrom, noticeTo);
    return pi;
  }

  static ProcessInstance enrolled(Map<String, Object> application) {
    return enrolled(application, "2026-03-02", "2026-03-08");
  }

  private static ProcessInstance enrolled(Map<String, Object> application, String noticeFrom, String noticeTo) {
    ProcessInstance pi = atPublicNotice(application, noticeFrom, noticeTo);
    endPublicNotice(pi);
    assertThat(pi).isEnded();
    return pi;
  }

  static void investigate(ProcessInstance pi) {
    complete(task("Task_InvestigateHousehold", pi), investigation(pi));
  }

  /** An investigation that finds the application true; for 特困 it finds each of the person's conditions met. */
  static Map<String, Object> investigation(ProcessInstance pi) {
    Map<String, Object> v = new HashMap<>(withVariables("investigationMethod", "VISIT",
        "investigators", "王秀英、刘建国", "investigationDate", ChinaClock.today().toString(), "villageVerified", true,
        "villageOpinion", "经入户调查，家庭人口、收入和财产属实"));
    if ("TEKUN".equals(runtimeService().getVariable(pi.getId(), "assistanceType"))) {
      v.put("tekunNoWorkCapacity", true);
      v.put("tekunNoIncomeSource", true);
      v.put("tekunNoSupporter", true);
    }
    return v;
  }

  static void confirmEconomy(ProcessInstance pi) {
    complete(task("Task_CheckFamilyEconomy", pi),
        withVariables("economicCheckPassed", true, "economicCheckOpinion", "经核对，收入和财产与申报一致"));
  }

  static void approveInTownship(ProcessInstance pi) {
    complete(task("Task_ReviewInTownship", pi), withVariables("townshipApproved", true, "townshipOpinion", "同意纳入"));
  }

  static void postNotice(ProcessInstance pi, String from, String to) {
    complete(task("Task_PostPublicNotice", pi), notice(from, to));
  }

  static Map<String, Object> notice(String from, String to) {
    Map<String, Object> v = new HashMap<>();
    v.put("noticeContent", "拟纳入低保：赵秀兰家庭，月保障金按核算金额发放");
    v.put("noticePlace", "幸福社区居委会公示栏");
    v.put("noticeFrom", from);
    v.put("noticeTo", to);
    v.put("noticePostedBy", "李明");
    return v;
  }

  /** Moves the clock to the end of the notice (not a minute earlier does it fire) and runs it. */
  static void endPublicNotice(ProcessInstance pi) {
    Job end = job(pi, "Event_PublicNoticeEnded");
    at(end.getDuedate().toInstant().minusSeconds(60));
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable()
        .activityId("Event_PublicNoticeEnded").count()).isZero();
    at(end.getDuedate().toInstant());
    managementService().executeJob(end.getId());
  }

  public static Job job(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
