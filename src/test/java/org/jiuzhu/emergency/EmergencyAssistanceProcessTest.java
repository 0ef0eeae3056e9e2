package org.jiuzhu.emergency;

import static org.jiuzhu.OverdueSteps.assertEscalated;
import static org.jiuzhu.EngineTestTime.at;
import static org.jiuzhu.EngineTestTime.date;
import static org.jiuzhu.EngineTestTime.historicVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.jiuzhu.emergency.P2Fixtures.*;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.casefile.RefusalNotices;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.registry.WorkCapacity;
import org.jiuzhu.reservefund.ReserveFundEntry;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every path of processes/p2-emergency-assistance.bpmn, timers driven by the engine clock. */
@SpringBootTest
@ActiveProfiles("test")
class EmergencyAssistanceProcessTest {

  /** A request on the eve of the 2026 National Day holiday (China time): the next working day is Oct 8. */
  static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");
  /** An ordinary Tuesday morning, for same-day epidemic cases. */
  static final OffsetDateTime TUESDAY_MORNING = OffsetDateTime.parse("2026-09-29T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PaymentLedger ledger;
  @Autowired RefusalNotices notices;
  @Autowired CaseArchive archive;
  @Autowired ReserveFunds funds;
  @Autowired OrgUnits orgUnits;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;
  @Autowired JdbcClient jdbc;

  String township;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(REPORTED);
    township = freshTownship(orgUnits);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aGrantWithinTheTownshipsAuthorityIsPaidAtOnceFromItsReserveFund() {
    topUp("2000.00");
    ProcessInstance pi = start(request(idNumber(), township));

    assertThat(pi.getBusinessKey()).matches("JNJZ-2026-\\d{6}");
    assertThat(pi).hasPassed("Task_CheckRecipientCategory").isWaitingAt("Task_SetAmountInTownship");
    Task grant = task("Task_SetAmountInTownship", pi);
    assertThat(grant).hasCandidateGroup("township-" + township);
    assertThat((String) tasks.getVariableLocal(grant.getId(), "reserveFundNote")).startsWith("本乡镇（街道）临时救助备用金余额 2000.00 元");
    // 先行救助 within one working day: the National Day holiday puts it on Oct 8.
    assertThat(grant.getDueDate()).isEqualTo(date("2026-10-08T17:30:00+08:00"));
    complete(grant, withVariables("townshipApproved", true, "townshipOpinion", "火灾属实，先行救助",
        "urgency", "SERIOUS", "approvedAmount", "800"));

    assertThat(pi).hasPassed("Task_DecideApprovalLevel", "Task_DrawReserveFund").hasNotPassed("Task_ApproveInCounty")
        .isWaitingAt("Task_PayGrant");
    assertThat(funds.balance(township)).isEqualByComparingTo("1200.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).hasValueSatisfying(e -> {
      assertThat(e.amount()).isEqualByComparingTo("-800.00");
      assertThat(e.balanceAfter()).isEqualByComparingTo("1200.00");
      assertThat(e.kind()).isEqualTo(ReserveFundEntry.GRANT);
    });
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
    execute(job(pi));

    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("800.00"));
    assertThat(pi).isWaitingAt("Task_CompleteFormalities");
    Task followUp = task("Task_CompleteFormalities", pi);
    assertThat(followUp).hasCandidateGroup("township-" + township);
    // 10 working days from Sep 30: Oct 8, 9, 10 (declared working Saturday), 12–16, 19, 20.
    assertThat(followUp.getDueDate()).isEqualTo(date("2026-10-20T17:30:00+08:00"));
    complete(followUp, withVariables("handlerNames", "王明、赵强", "formalitiesSignedOff", true,
        "followUpNote", "已登记并补齐签章"));

    assertThat(pi).hasPassed("Task_ArchiveCase", "Event_CaseClosed").isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID").containsEntry("approvedAmount", "800.00")
        .containsEntry("approvalLevel", "TOWNSHIP").containsEntry("formalitiesSignedOff", true)
        .containsEntry("handlerNames", "王明、赵强");
    assertThat(archive.find(pi.getBusinessKey())).hasValueSatisfying(e -> {
      assertThat(e.townshipCode()).isEqualTo(township);
      assertThat(e.outcome()).isEqualTo("PAID");
      assertThat(e.procedureKey()).isEqualTo(KEY);
    });
  }

  @Test
  void theEngineKeepsOnlyMaskedNumbersAndTheCaseNamesItsUnits() {
    String id = idNumber();
    ProcessInstance pi = start(request(id, township));

    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).doesNotContainKeys("applicantIdNumber", "bankAccount")
        .containsEntry("applicantIdNumberMasked", id.substring(0, 6) + "********" + id.substring(14))
        .containsEntry("townshipCode", township).containsEntry("countyCode", COUNTY)
        .containsEntry("countyName", "南关区").containsEntry("assistanceKind", "EMERGENCY")
        .containsEntry("epidemic", false).containsEntry("directGrant", false).containsKey("applicantRef");
    // Nor does history: the clear values were set and removed in the start transaction.
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ IN (?, ?)")
        .params(pi.getId(), "applicantIdNumber", "bankAccount").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE TEXT_ = ?").param(id).query(Long.class).single())
        .isZero();
  }

  @Test
  void aboveTheTownshipsAuthorityTheCountyApprovesAndTheReserveFundIsNotDrawn() {
    topUp("5000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "重病住院，情况严重", "urgency", "CRITICAL", "approvedAmount", "1000.01"));

    assertThat(pi).hasPassed("Task_DecideApprovalLevel").hasNotPassed("Task_DrawReserveFund")
        .isWaitingAt("Task_ApproveInCounty");
    Task county = task("Task_ApproveInCounty", pi);
    assertThat(county).hasCandidateGroup("county-" + COUNTY);
    // 5 working days (jiuzhu.time-limits.county-approval) from Sep 30: Oct 8, 9, 10, 12, 13.
    assertThat(county.getDueDate()).isEqualTo(date("2026-10-13T17:30:00+08:00"));
    complete(county, withVariables("countyApproved", true, "countyOpinion", "同意"));

    assertThat(pi).isWaitingAt("Task_PayGrant");
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("1000.01"));
    assertThat(funds.balance(township)).isEqualByComparingTo("5000.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).isEmpty();
    complete(task("Task_CompleteFormalities", pi), withVariables("handlerNames", "王明", "formalitiesSignedOff", true));
    assertThat(pi).isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID").containsEntry("approvalLevel", "COUNTY");
  }

  @Test
  void theCountyReturnsTheCaseToTheTownshipWhoseTimeLimitAndEscalationStartAgainAndTheFundIsDrawnOnce() {
    topUp("5000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "重病住院", "urgency", "CRITICAL", "approvedAmount", "3000"));
    Task county = task("Task_ApproveInCounty", pi);

    // Friday 9 October: the county finds the amount too high and sends the case back instead of refusing it.
    at(OffsetDateTime.parse("2026-10-09T10:00:00+08:00"));
    assertThatThrownBy(() -> tasks.complete(county.getId(), Map.of("returned", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("returnReason");
    assertThat(pi).isWaitingAt("Task_ApproveInCounty");
    complete(county, withVariables("returned", true, "returnReason", "医疗费用部分已由医保报销，请按急难程度重新确定金额"));

    assertThat(pi).hasNotPassed("Task_WriteRefusalNotice", "Task_DrawReserveFund", "Task_PayGrant")
        .isWaitingAt("Task_SetAmountInTownship");
    Task again = task("Task_SetAmountInTownship", pi);
    assertThat(again).hasCandidateGroup("township-" + township);
    // One working day from the return (Saturday 10 October is a declared working day), not from the request.
    assertThat(again.getDueDate()).isEqualTo(date("2026-10-10T17:30:00+08:00"));
    assertThat(runtime.getVariables(pi.getId())).containsEntry("returnCount", 1L)
        .containsEntry("returnedFrom", "县级民政部门审批");
    // A case sent to the county has drawn nothing from the township's reserve fund.
    assertThat(funds.balance(township)).isEqualByComparingTo("5000.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_CountyOverdue").count())
        .isZero();
    Job escalation = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_TownshipOverdue")
        .singleResult();
    assertThat(escalation.getDuedate()).isEqualTo(date("2026-10-10T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-10-10T17:31:00+08:00"));
    management.executeJob(escalation.getId());
    assertThat(pi).isWaitingAt("Task_SetAmountInTownship", "Task_SuperviseTownshipOverdue");

    // Within the township's authority now: its reserve fund pays, once.
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "按自付部分确定", "urgency", "SERIOUS", "approvedAmount", "900"));
    assertThat(pi).hasPassed("Task_DrawReserveFund").isWaitingAt("Task_PayGrant");
    assertThat(funds.balance(township)).isEqualByComparingTo("4100.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).hasValueSatisfying(
        e -> assertThat(e.amount()).isEqualByComparingTo("-900.00"));
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("900.00"));
    assertThat(historicVariables(history, pi)).containsEntry("returnCount", 1L)
        .containsEntry("approvalLevel", "TOWNSHIP").containsEntry("approvedAmount", "900.00");
  }

  @Test
  void afterAReturnTheCountyStillApprovesTheNewAmount() {
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "情况严重", "urgency", "CRITICAL", "approvedAmount", "3000"));
    complete(task("Task_ApproveInCounty", pi), withVariables("returned", true, "returnReason", "请说明金额依据"));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "住院押金2500元", "urgency", "CRITICAL", "approvedAmount", "2500"));

    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意"));
    assertThat(pi).hasNotPassed("Task_DrawReserveFund", "Task_WriteRefusalNotice").isWaitingAt("Task_PayGrant");
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("2500.00"));
    assertThat(funds.grantOf(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void aCountyRefusalEndsRefusedInWritingWithoutPayment() {
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "情况严重", "urgency", "CRITICAL", "approvedAmount", 3000));

    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", "false",
        "countyOpinion", "已获商业保险赔付，不属于急难情形"));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice", "Task_ArchiveCase").hasNotPassed("Task_PayGrant").isEnded();
    assertRefused(pi, "已获商业保险赔付");
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();
    assertThat(archive.find(pi.getBusinessKey()).orElseThrow().outcome()).isEqualTo("REFUSED");
  }

  @Test
  void aTownshipRefusalEndsRefusedInWritingWithoutAmount() {
    topUp("1000.00");
    ProcessInstance pi = start(request(idNumber(), township));

    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", false,
        "townshipOpinion", "经核实未发生所述火灾", "approvedAmount", 500));

    assertThat(pi).hasPassed("Task_WriteRefusalNotice").hasNotPassed("Task_DecideApprovalLevel").isEnded();
    assertRefused(pi, "未发生所述火灾");
    assertThat(historicVariables(history, pi)).doesNotContainKey("approvedAmount")
        .containsEntry("refusalNoticeUrl", "/api/cases/" + pi.getBusinessKey() + "/refusal-notice");
    assertThat(funds.balance(township)).isEqualByComparingTo("1000.00");
  }

  @Test
  void aCaseDecidedCaseByCaseGoesToTheCountyWhateverTheAmount() {
    topUp("5000.00");
    ProcessInstance pi = start(request(idNumber(), township));

    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "因病死亡，家庭特别困难，一事一议", "urgency", "SERIOUS", "approvedAmount", "800.00", "caseByCase", true));

    assertThat(pi).hasNotPassed("Task_DrawReserveFund").isWaitingAt("Task_ApproveInCounty");
    assertThat(runtime.getVariable(pi.getId(), "caseByCase")).isEqualTo(true);
    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意"));
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).hasSize(1);
    assertThat(funds.balance(township)).isEqualByComparingTo("5000.00");
  }

  @Test
  void theTownshipSeesTheCountysTiersAndAnAmountOutsideTheChosenTierKeepsTheStepOpen() {
    topUp("2000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    Task grant = task("Task_SetAmountInTownship", pi);
    // 南关区 (220102) sets 一般 100–500, 较重 500–1000 and 严重 1000–5000 yuan in processes/p2-amount-tiers.dmn.
    assertThat((String) tasks.getVariableLocal(grant.getId(), "amountLimits"))
        .contains("一般100.00至500.00元，较重500.00至1000.00元，严重1000.00至5000.00元");

    assertThatThrownBy(() -> tasks.complete(grant.getId(), Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "urgency", "GENERAL", "approvedAmount", "800")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("approvedAmount")
        .hasMessageContaining("100.00至500.00元");
    assertThatThrownBy(() -> tasks.complete(grant.getId(), Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "urgency", "CRITICAL", "approvedAmount", "800")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("1000.00至5000.00元");
    assertThatThrownBy(() -> tasks.complete(grant.getId(), Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "approvedAmount", "800")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("urgency");

    assertThat(pi).isWaitingAt("Task_SetAmountInTownship");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("approvedAmount", "urgency");
    assertThat(funds.balance(township)).isEqualByComparingTo("2000.00");
    complete(grant, withVariables("townshipApproved", true, "townshipOpinion", "同意", "urgency", "GENERAL",
        "approvedAmount", "500"));
    assertThat(pi).isWaitingAt("Task_PayGrant");
    assertThat(runtime.getVariable(pi.getId(), "urgency")).isEqualTo("GENERAL");
    assertThat(funds.balance(township)).isEqualByComparingTo("1500.00");
  }

  @Test
  void inACaseByCaseCaseTheCountySetsALargerAmountWithItsReasonAndThatIsPaid() {
    topUp("5000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "户主因病死亡，家庭特别困难，报县级一事一议", "urgency", "CRITICAL", "approvedAmount", "3000",
        "caseByCase", true));

    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意救助",
        "countyAmount", "8000", "countyAmountReason", "县协调机制研究：家庭因病致贫，加大救助力度"));

    assertThat(pi).isWaitingAt("Task_PayGrant");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("approvedAmount", "8000.00")
        .containsEntry("countyAmount", "8000.00").containsEntry("countyAmountReason", "县协调机制研究：家庭因病致贫，加大救助力度");
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("8000.00"));
    // The county's grant is not the township's: its reserve fund is neither drawn nor charged the difference.
    assertThat(funds.balance(township)).isEqualByComparingTo("5000.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void theCountysOwnAmountIsRefusedUnlessLargerWithinTheCeilingWithAReasonInACaseByCaseCase() {
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "一事一议", "urgency", "CRITICAL", "approvedAmount", "3000", "caseByCase", true));
    String county = task("Task_ApproveInCounty", pi).getId();

    assertThatThrownBy(() -> tasks.complete(county, Map.of("countyApproved", true, "countyOpinion", "同意",
        "countyAmount", "3000", "countyAmountReason", "加大")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyAmount").hasMessageContaining("3000.00");
    assertThatThrownBy(() -> tasks.complete(county, Map.of("countyApproved", true, "countyOpinion", "同意",
        "countyAmount", "20000.01", "countyAmountReason", "加大")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyAmount").hasMessageContaining("20000.00");
    assertThatThrownBy(() -> tasks.complete(county, Map.of("countyApproved", true, "countyOpinion", "同意",
        "countyAmount", "8000")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyAmountReason");
    assertThatThrownBy(() -> tasks.complete(county, Map.of("countyApproved", false, "countyOpinion", "不同意",
        "countyAmount", "8000", "countyAmountReason", "加大")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyAmount");

    assertThat(pi).isWaitingAt("Task_ApproveInCounty");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("approvedAmount", "3000.00")
        .doesNotContainKeys("countyAmount", "countyAmountReason", "countyApproved");
  }

  @Test
  void outsideACaseByCaseCaseTheCountyOnlyApprovesOrRefusesTheTownshipsAmount() {
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "情况严重", "urgency", "CRITICAL", "approvedAmount", "2000"));
    String county = task("Task_ApproveInCounty", pi).getId();

    assertThatThrownBy(() -> tasks.complete(county, Map.of("countyApproved", true, "countyOpinion", "同意",
        "countyAmount", "3000", "countyAmountReason", "加大")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("countyAmount").hasMessageContaining("一事一议");
    // A form's empty fields are no amount of the county's.
    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意",
        "countyAmount", "", "countyAmountReason", ""));

    assertThat(runtime.getVariables(pi.getId())).containsEntry("approvedAmount", "2000.00")
        .doesNotContainKeys("countyAmount", "countyAmountReason");
  }

  @Test
  void anEpidemicCaseIsDueTodayAndEscalatesAtCloseOfBusinessNotBefore() {
    at(TUESDAY_MORNING);
    Map<String, Object> request = request(idNumber(), township);
    request.put("epidemic", true);
    ProcessInstance pi = start(request);

    Task grant = task("Task_SetAmountInTownship", pi);
    assertThat(grant.getDueDate()).isEqualTo(date("2026-09-29T17:30:00+08:00"));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date("2026-09-29T17:30:00+08:00"));

    at(OffsetDateTime.parse("2026-09-29T17:29:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    at(OffsetDateTime.parse("2026-09-29T17:31:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    execute(timer);

    assertEscalated(tasks, pi, "Task_SetAmountInTownship", "Task_SuperviseTownshipOverdue", "supervisor-" + COUNTY,
        "乡镇（街道）确定救助金额", "测试街道" + township.substring(6), "2026-09-29 17:30");
  }

  @Test
  void anEpidemicRequestOnAHolidayEveningIsDueThatSameDayNotAfterTheHoliday() {
    at(OffsetDateTime.parse("2026-10-03T20:00:00+08:00"));
    Map<String, Object> request = request(idNumber(), township);
    request.put("epidemic", true);
    ProcessInstance pi = start(request);

    assertThat(task("Task_SetAmountInTownship", pi).getDueDate()).isEqualTo(date("2026-10-03T23:59:59+08:00"));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    at(OffsetDateTime.parse("2026-10-04T00:00:30+08:00"));
    assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isOne();
    execute(timer);
    assertThat(task("Task_SuperviseTownshipOverdue", pi)).isNotNull();
  }

  @Test
  void anEpidemicCaseAtTheCountyIsDueTheSameDayAndEscalatesToo() {
    at(TUESDAY_MORNING);
    Map<String, Object> request = request(idNumber(), township);
    request.put("epidemic", "true");
    ProcessInstance pi = start(request);
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "确诊患者，家庭困难", "urgency", "CRITICAL", "approvedAmount", "2000"));

    assertThat(task("Task_ApproveInCounty", pi).getDueDate()).isEqualTo(date("2026-09-29T17:30:00+08:00"));
    at(OffsetDateTime.parse("2026-09-29T17:31:00+08:00"));
    execute(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());

    assertThat(pi).isWaitingAt("Task_ApproveInCounty", "Task_SuperviseCountyOverdue");
    assertThat(tasks.getVariables(task("Task_SuperviseCountyOverdue", pi).getId()))
        .containsEntry("overdueUnit", "南关区");
    complete(task("Task_ApproveInCounty", pi), withVariables("countyApproved", true, "countyOpinion", "同意"));
    // The open supervision ends with the step it was about.
    assertThat(pi).hasPassed("Event_CountyStepDone").isWaitingAt("Task_PayGrant");
    execute(job(pi));
    complete(task("Task_CompleteFormalities", pi), withVariables("handlerNames", "王明", "formalitiesSignedOff", true));
    assertThat(pi).hasPassed("Event_CaseClosed").isEnded();
  }

  @ParameterizedTest
  @EnumSource(RegisterType.class)
  void aConfirmedPatientAnyRegisterListsIsGrantedDirectlyAndCannotBeRefused(RegisterType type) {
    topUp("1000.00");
    String id = idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), type, "22", COUNTY, LocalDate.of(2025, 1, 1), null,
        type.poverty() ? WorkCapacity.FULL : null));
    Map<String, Object> request = request(id, township);
    // The register decides, not the declaration.
    request.put("recipientCategory", "NONE");
    request.put("epidemic", true);
    ProcessInstance pi = start(request);

    assertThat(pi).hasPassed("Task_CheckRecipientCategory");
    assertThat(runtime.getVariables(pi.getId())).containsEntry("directGrant", true)
        .containsEntry("registeredCategories", type.name());
    String grant = task("Task_SetAmountInTownship", pi).getId();
    assertThatThrownBy(() -> tasks.complete(grant, Map.of("townshipApproved", false, "townshipOpinion", "不予救助")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("townshipApproved");
    assertThat(pi).isWaitingAt("Task_SetAmountInTownship");

    tasks.complete(grant, Map.of("townshipApproved", true, "townshipOpinion", "确诊患者，直接救助",
        "urgency", "SERIOUS", "approvedAmount", "600.00"));
    execute(job(pi));
    assertThat(ledger.of(pi.getBusinessKey())).hasSize(1);
    assertThat(funds.balance(township)).isEqualByComparingTo("400.00");
  }

  @Test
  void aRecipientWithAnotherEmergencyIsTheTownshipsToDecideOnTheOrdinaryTimeLimit() {
    at(TUESDAY_MORNING);
    String id = idNumber();
    registers.enrol(new Enrolment(vault.hashOf(id), RegisterType.DIBAO, "22", COUNTY, LocalDate.of(2025, 1, 1), null));
    Map<String, Object> request = request(id, township);
    // A suspected patient, or any other emergency: not a confirmed patient.
    request.put("recipientCategory", "DIBAO");
    request.put("epidemic", false);
    ProcessInstance pi = start(request);

    assertThat(runtime.getVariables(pi.getId())).containsEntry("directGrant", false)
        .containsEntry("registeredCategories", "DIBAO");
    assertThat(task("Task_SetAmountInTownship", pi).getDueDate()).isEqualTo(date("2026-09-30T17:30:00+08:00"));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", false,
        "townshipOpinion", "不属于急难情形"));
    assertRefused(pi, "不属于急难情形");
  }

  @Test
  void aConfirmedPatientNoRegisterListsIsTheTownshipsToDecide() {
    Map<String, Object> request = request(idNumber(), township);
    request.put("recipientCategory", "DIBAO");
    request.put("epidemic", true);
    ProcessInstance pi = start(request);

    assertThat(runtime.getVariables(pi.getId())).containsEntry("directGrant", false).containsEntry("registeredCategories", "");
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", false,
        "townshipOpinion", "未纳入低保，经核实不属于急难情形"));
    assertRefused(pi, "不属于急难情形");
  }

  @Test
  void aGrantTheReserveFundCannotCoverIsRefusedNamingTheAmountAndTheStepStaysOpen() {
    topUp("500.00");
    ProcessInstance pi = start(request(idNumber(), township));
    String grant = task("Task_SetAmountInTownship", pi).getId();

    assertThatThrownBy(() -> tasks.complete(grant, Map.of("townshipApproved", true, "townshipOpinion", "同意",
        "urgency", "SERIOUS", "approvedAmount", "800")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approvedAmount").hasMessageContaining("备用金").hasMessageContaining("500.00");

    assertThat(pi).isWaitingAt("Task_SetAmountInTownship");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("approvedAmount", "approvalLevel");
    assertThat(funds.balance(township)).isEqualByComparingTo("500.00");
    assertThat(funds.grantOf(pi.getBusinessKey())).isEmpty();

    // Once the county tops the fund up, the same decision goes through.
    topUp("300.00");
    tasks.complete(grant, Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "SERIOUS", "approvedAmount", "800"));
    assertThat(pi).isWaitingAt("Task_PayGrant");
    assertThat(funds.balance(township)).isEqualByComparingTo("0.00");
    assertThat(funds.ledgerTotal(township)).isEqualByComparingTo(funds.balance(township));
  }

  @Test
  void aCaseDrawsFromTheReserveFundOnceAndNeverASecondDifferentAmount() {
    topUp("2000.00");
    String caseNumber = "JNJZ-TEST-" + township;
    java.time.Instant now = java.time.Instant.now();
    ReserveFundEntry first = funds.draw(township, new BigDecimal("800.00"), caseNumber, "reviewer1", now).orElseThrow();

    assertThat(funds.draw(township, new BigDecimal("800"), caseNumber, "reviewer1", now)).contains(first);
    assertThatThrownBy(() -> funds.draw(township, new BigDecimal("900.00"), caseNumber, "reviewer1", now))
        .isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class).hasMessageContaining(caseNumber);
    assertThat(funds.balance(township)).isEqualByComparingTo("1200.00");
    assertThat(funds.ledgerTotal(township)).isEqualByComparingTo(funds.balance(township));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "20000.01", "800.123", "abc", ""})
  void aWrongAmountIsRefusedAndTheTownshipStepStaysOpen(String amount) {
    topUp("1000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    String grant = task("Task_SetAmountInTownship", pi).getId();

    assertThatThrownBy(() -> tasks.complete(grant,
        Map.of("townshipApproved", true, "townshipOpinion", "同意", "urgency", "SERIOUS", "approvedAmount", amount)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approvedAmount");

    assertThat(pi).isWaitingAt("Task_SetAmountInTownship");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("approvedAmount");
    assertThat(funds.balance(township)).isEqualByComparingTo("1000.00");
  }

  @Test
  void theFollowUpNeedsTheSignOffAndEscalatesWhenOverdue() {
    topUp("1000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "同意", "urgency", "GENERAL", "approvedAmount", 300));
    execute(job(pi));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date("2026-10-20T17:30:00+08:00"));

    at(OffsetDateTime.parse("2026-10-20T17:29:00+08:00"));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    at(OffsetDateTime.parse("2026-10-21T09:00:00+08:00"));
    execute(timer);

    assertThat(pi).isWaitingAt("Task_CompleteFormalities", "Task_SuperviseFollowUpOverdue");
    assertThat(task("Task_SuperviseFollowUpOverdue", pi)).hasCandidateGroup("supervisor-" + COUNTY);
    assertThat(task("Task_CompleteFormalities", pi).getPriority()).isEqualTo(100);

    String followUp = task("Task_CompleteFormalities", pi).getId();
    assertThatThrownBy(() -> tasks.complete(followUp, Map.of("formalitiesSignedOff", false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("handlerNames").hasMessageContaining("formalitiesSignedOff");
    assertThat(pi).isWaitingAt("Task_CompleteFormalities");

    complete(task("Task_SuperviseFollowUpOverdue", pi), withVariables("supervisionNote", "已督促三日内补齐"));
    tasks.complete(followUp, Map.of("handlerNames", "王明", "formalitiesSignedOff", "true"));
    assertThat(pi).isEnded();
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "PAID");
  }

  @Test
  void aFailingPaymentBecomesAnIncidentAndARetryAfterTheRepairPaysOnce() {
    topUp("1000.00");
    ProcessInstance pi = start(request(idNumber(), township));
    complete(task("Task_SetAmountInTownship", pi), withVariables("townshipApproved", true,
        "townshipOpinion", "同意", "urgency", "SERIOUS", "approvedAmount", 700));
    runtime.setVariable(pi.getId(), "approvedAmount", "not-an-amount");

    // PT1M,PT5M,PT30M: the first try and one retry after each interval, then an incident.
    int tries = 0;
    Job payment = job(pi);
    while (payment.getRetries() > 0) {
      String id = payment.getId();
      assertThatThrownBy(() -> management.executeJob(id)).isInstanceOf(NumberFormatException.class);
      tries++;
      payment = job(pi);
      if (payment.getRetries() > 0) {
        assertThat(payment.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        ClockUtil.setCurrentTime(new Date(payment.getDuedate().getTime() + 1000));
      }
    }
    assertThat(tries).isEqualTo(4);
    List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(pi.getId()).list();
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.getActivityId()).isEqualTo("Task_PayGrant"));
    assertThat(ledger.of(pi.getBusinessKey())).isEmpty();

    runtime.setVariable(pi.getId(), "approvedAmount", "700.00");
    management.setJobRetries(payment.getId(), 1);
    management.executeJob(payment.getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(pi).isWaitingAt("Task_CompleteFormalities");
    assertThat(ledger.of(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("700.00"));
    // The fund was drawn once, with the township's decision, not again by the retries.
    assertThat(funds.balance(township)).isEqualByComparingTo("300.00");
  }

  @Test
  void malformedMaterialsAreRefusedNamingEveryFieldAndLeaveNothingBehind() {
    String id = idNumber();
    Map<String, Object> bad = request(id, township);
    bad.put("applicantIdNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"));
    bad.put("applicantPhone", "12345");
    bad.put("townshipCode", "220102999999");
    bad.put("bankAccount", "62-22");
    bad.remove("emergencyDescription");
    bad.put("commitmentSigned", false);
    bad.put("recipientCategory", "RICH");
    long instances = runtime.createProcessInstanceQuery().count();
    long vaultRows = jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single();

    assertThatThrownBy(() -> start(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("applicantIdNumber").hasMessageContaining("applicantPhone")
        .hasMessageContaining("townshipCode").hasMessageContaining("bankAccount")
        .hasMessageContaining("emergencyDescription").hasMessageContaining("commitmentSigned")
        .hasMessageContaining("recipientCategory")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id.substring(0, 17)));

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM applicant_personal_data").query(Long.class).single()).isEqualTo(vaultRows);
  }

  @Test
  void anUnknownTownshipIsRefused() {
    Map<String, Object> bad = request(idNumber(), "220102998");
    orgUnits.find("220102998").ifPresent(u -> bad.put("townshipCode", "229999001"));

    assertThatThrownBy(() -> start(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("townshipCode").hasMessageContaining("未登记");
  }

  private void topUp(String amount) {
    funds.topUp(township, new BigDecimal(amount), "test", "测试补充", ClockUtil.getCurrentTime().toInstant());
  }

  private void assertRefused(ProcessInstance pi, String reasonPart) {
    assertThat(historicVariables(history, pi)).containsEntry("outcome", "REFUSED");
    assertThat(historicVariables(history, pi).get("refusalReason").toString()).contains(reasonPart);
    assertThat(notices.find(pi.getBusinessKey())).hasValueSatisfying(n -> assertThat(n.reason()).contains(reasonPart));
  }


  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(KEY, variables);
  }
}
