package org.jiuzhu.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.dibao.DibaoEnrolments.enrolledHousehold;
import static org.jiuzhu.dibao.DibaoEnrolments.job;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.integrity.Refusal;
import org.jiuzhu.unemployed.P1Fixtures;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The events a running case's township raises from Tasklist (raise-payment-suspension, raise-payment-resumption,
 * raise-running-case-change) and every path they open in processes/dibao-case.bpmn: suspension and resumption
 * with their history, a suspension across the gradual exit, a death or a move ending the case at once (a running
 * suspension with it), a household no longer eligible going through the risk assessment, even mid-review; and
 * who may raise them. Enrolment ends at 2026-03-09 00:00 China time.
 */
@SpringBootTest
@ActiveProfiles("test")
class RunningCaseEventsTest {

  static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
  static final String TOWNSHIP_REVIEWER = "reviewer1";
  static final String TOWNSHIP_GROUP = "township-" + P1Fixtures.TOWNSHIP_A;
  static final String VILLAGE_GROUP = "village-" + P1Fixtures.VILLAGE_A;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RunningCases cases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(APPLIED);
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void theTownshipSuspendsAndResumesPaymentsWithWhoWhenWhyOldAndNewAndNotTwice() {
    ProcessInstance c = inCare();
    String key = c.getBusinessKey();
    at(OffsetDateTime.parse("2026-05-12T10:00:00+08:00"));
    asTownship(() -> raise("raise-payment-suspension", key, "suspensionReason", "核查时多次联系不上家庭"));

    assertThat(cases.get(key).status()).isEqualTo(RunningCase.SUSPENDED);
    assertThat(c).isWaitingAt("Event_ReviewDue", "Event_PaymentsResumed");
    HistoryEntry suspended = lastChange(key);
    assertThat(suspended).extracting(HistoryEntry::what, HistoryEntry::changedBy, HistoryEntry::oldValue,
        HistoryEntry::newValue).containsExactly("STATUS", TOWNSHIP_REVIEWER, "ACTIVE", "SUSPENDED");
    assertThat(suspended.reason()).isEqualTo("暂停发放：核查时多次联系不上家庭");
    assertThat(suspended.changedAt()).isEqualTo(OffsetDateTime.parse("2026-05-12T10:00:00+08:00"));
    int recorded = cases.history(key).size();

    assertThatThrownBy(() -> asTownship(() -> raise("raise-payment-suspension", key, "suspensionReason", "再次暂停")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已暂停发放");
    assertThat(cases.history(key)).hasSize(recorded);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("raise-payment-suspension").count()).isZero();

    asTownship(() -> raise("raise-payment-resumption", key, "resumptionReason", "已联系上家庭，情况属实"));
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.ACTIVE);
    assertThat(c).hasPassed("Task_ResumePayments").isWaitingAt("Event_ReviewDue");
    assertThat(lastChange(key)).extracting(HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::reason)
        .containsExactly("SUSPENDED", "ACTIVE", "恢复发放：已联系上家庭，情况属实");
    assertThatThrownBy(() -> asTownship(() -> raise("raise-payment-resumption", key, "resumptionReason", "再次恢复")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有暂停发放");
  }

  @Test
  void onlyTheCasesTownshipRaisesItsEventsAndAReasonIsRequired() {
    String key = inCare().getBusinessKey();
    assertThatThrownBy(() -> as("clerk1", VILLAGE_GROUP,
        () -> raise("raise-payment-suspension", key, "suspensionReason", "村里想暂停")))
        .isInstanceOf(Refusal.class).hasMessageContaining("township-" + P1Fixtures.TOWNSHIP_A);
    assertThatThrownBy(() -> as("reviewer2", "township-" + P1Fixtures.TOWNSHIP_B,
        () -> raise("raise-running-case-change", key, "circumstancesChange", "DECEASED", "circumstancesReason", "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("未找到案件");
    assertThatThrownBy(() -> asTownship(() -> raise("raise-payment-suspension", key, "suspensionReason", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("suspensionReason");
    assertThatThrownBy(() -> asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "LOST",
        "circumstancesReason", "不明"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("circumstancesChange");
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.ACTIVE);
    assertThat(cases.history(key)).hasSize(2);
  }

  @Test
  void theSuspensionMessageCarriesOnlyWhatItsEventSubprocessDeclares() {
    String key = inCare().getBusinessKey();
    assertThatThrownBy(() -> runtime.createMessageCorrelation("Message_PaymentsSuspended").processInstanceBusinessKey(key)
        .setVariable("suspensionReason", "核实中").setVariable("monthlyBenefit", "9999.00").correlate())
        .hasMessageContaining("monthlyBenefit");
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.ACTIVE);
    runtime.createMessageCorrelation("Message_PaymentsSuspended").processInstanceBusinessKey(key)
        .setVariable("suspensionReason", "核实中").correlate();
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.SUSPENDED);
    assertThat(lastChange(key).changedBy()).isEqualTo("system");
  }

  @Test
  void aDeathEndsTheCaseAtOnceWithoutRiskAssessmentAndEndsARunningSuspension() {
    ProcessInstance c = inCare();
    String key = c.getBusinessKey();
    asTownship(() -> raise("raise-payment-suspension", key, "suspensionReason", "户主死亡待核实"));
    at(OffsetDateTime.parse("2026-06-03T09:00:00+08:00"));
    asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "DECEASED",
        "circumstancesReason", "单人户户主于2026年5月28日死亡，已核实死亡证明"));

    assertThat(c).hasPassed("Event_CircumstancesChanged", "Task_EndRunningCase")
        .hasNotPassed("Task_AssessRelapseRisk", "Task_CheckExitSuspension").isEnded();
    RunningCase ended = cases.get(key);
    assertThat(ended.status()).isEqualTo(RunningCase.ENDED);
    assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(lastChange(key)).extracting(HistoryEntry::changedBy, HistoryEntry::oldValue, HistoryEntry::newValue,
        HistoryEntry::reason).containsExactly(TOWNSHIP_REVIEWER, "SUSPENDED", "ENDED",
        "退出：情况变化（救助对象死亡）：单人户户主于2026年5月28日死亡，已核实死亡证明");
    assertThatThrownBy(() -> asTownship(() -> raise("raise-payment-resumption", key, "resumptionReason", "恢复")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有暂停发放");
  }

  @Test
  void aHouseholdNoLongerEligibleMidReviewGoesThroughTheRiskAssessmentAndTheEpidemicSwitch() {
    ProcessInstance c = inCare();
    String key = c.getBusinessKey();
    Job due = job(c, "Event_ReviewDue");
    at(due.getDuedate().toInstant());
    management.executeJob(due.getId());
    assertThat(c).isWaitingAt("Task_ReviewInVillage");

    asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "NO_LONGER_ELIGIBLE",
        "circumstancesReason", "家庭成员购置商品房一套，经核对不再符合条件"));
    assertThat(tasks.createTaskQuery().processInstanceId(c.getId()).taskDefinitionKey("Task_ReviewInVillage").count())
        .isZero();
    assertThat(c).isWaitingAt("Task_AssessRelapseRisk");
    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), Map.of("relapseRisk", "LOW",
        "exitApproved", true, "riskOpinion", "有稳定住房和收入，返贫风险低")));

    assertThat(c).hasPassed("Task_CheckExitSuspension", "Task_EndRunningCase").hasNotPassed("Task_StartGradualExit")
        .isEnded();
    assertThat(lastChange(key).reason()).isEqualTo("退出：情况变化（不再符合条件）：家庭成员购置商品房一套，经核对不再符合条件"
        + "（返贫风险评估：有稳定住房和收入，返贫风险低）");
  }

  @Test
  void aMoveAwayWhileTheExitIsBeingAssessedIsNotAwaitedAndAHighRiskKeepsTheCase() {
    ProcessInstance c = inCare();
    String key = c.getBusinessKey();
    asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "NO_LONGER_ELIGIBLE",
        "circumstancesReason", "经核对收入超过标准"));
    assertThatThrownBy(() -> asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "MOVED_AWAY",
        "circumstancesReason", "迁往外县"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("已在退出中");

    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), Map.of("relapseRisk", "HIGH",
        "exitApproved", false, "riskOpinion", "收入不稳定，返贫风险高")));
    assertThat(c).hasPassed("Task_RescheduleAfterAssessment").isWaitingAt("Event_ReviewDue");
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.ACTIVE);

    asTownship(() -> raise("raise-running-case-change", key, "circumstancesChange", "MOVED_AWAY",
        "circumstancesReason", "全家迁往外县居住"));
    assertThat(c).hasNotPassed("Task_CheckExitSuspension").isEnded();
    assertThat(lastChange(key).reason()).isEqualTo("退出：情况变化（迁出本县）：全家迁往外县居住");
  }

  @Test
  void aSuspensionHoldsTheGradualExitsPaymentsAndResumingReturnsToIt() {
    ProcessInstance c = inCare();
    String key = c.getBusinessKey();
    asTownship(() -> raise("raise-payment-suspension", key, "suspensionReason", "家庭成员信息待核实"));
    Job due = job(c, "Event_ReviewDue");
    at(due.getDuedate().toInstant());
    management.executeJob(due.getId());
    Map<String, Object> exit = new HashMap<>(Map.of("reviewResult", "END", "reviewReasons", "户主务工收入增加",
        "exitCause", "INCOME_FROM_WORK"));
    as("clerk1", VILLAGE_GROUP, () -> tasks.complete(task("Task_ReviewInVillage", c).getId(), exit));
    asTownship(() -> tasks.complete(task("Task_AssessRelapseRisk", c).getId(), Map.of("relapseRisk", "LOW",
        "exitApproved", true, "riskOpinion", "返贫风险低")));

    RunningCase held = cases.get(key);
    assertThat(held.status()).isEqualTo(RunningCase.SUSPENDED);
    assertThat(held.paidThrough()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(lastChange(key)).extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly("SUSPENDED", "SUSPENDED");
    assertThat(c).isWaitingAt("Event_GradualExitOver", "Event_PaymentsResumed");

    asTownship(() -> raise("raise-payment-resumption", key, "resumptionReason", "核实无误"));
    assertThat(cases.get(key).status()).isEqualTo(RunningCase.GRADUAL_EXIT);
    assertThat(cases.history(key)).extracting(HistoryEntry::what, HistoryEntry::newValue)
        .endsWith(tuple("STATUS", "GRADUAL_EXIT"));
  }

  // ------------------------------------------------------------------------------------------------------

  /** A household of 3 (incomes 500, 400, 0) in 幸福社区, waiting for its first review on 2027-03-09. */
  private ProcessInstance inCare() {
    ProcessInstance c = enrolledHousehold(List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber(), P1Fixtures.idNumber()),
        "500.00", "400.00", "0");
    assertThat(c).isWaitingAt("Event_ReviewDue");
    return c;
  }

  private void raise(String event, String caseNumber, String... nameValues) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    for (int i = 0; i < nameValues.length; i += 2) {
      variables.put(nameValues[i], nameValues[i + 1]);
    }
    runtime.startProcessInstanceByKey(event, variables);
  }

  private void asTownship(Runnable step) {
    as(TOWNSHIP_REVIEWER, TOWNSHIP_GROUP, step);
  }

  private void as(String user, String group, Runnable step) {
    identity.setAuthentication(user, List.of(group));
    try {
      step.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private HistoryEntry lastChange(String businessKey) {
    List<HistoryEntry> history = cases.history(businessKey);
    return history.get(history.size() - 1);
  }
}
