package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.expenditure.P3Fixtures;
import org.jiuzhu.integrity.ModelDeclarations;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Staff work in Tasklist with its Camunda Forms, in a real (headless) Chromium: a village clerk starts P1 from
 * the start dialog and verifies the case, and P3's 低保/特困 line reads right for yes and for no. Screenshots go
 * to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final By START_FORM = By.cssSelector(".modal .fjs-form");
  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form, [cam-tasklist-task] .fjs-form");
  /** The plugin's notice about the case just started (Tasklist's own "started" notice may show beside it). */
  private static final By NOTIFICATION = By.cssSelector(".jiuzhu-started-notice");
  private static final String APPLICANT = "周建华";
  private static final String REFUSED_APPLICANT = "吴桂兰";
  /** Keeps the body of every form submission Tasklist sends, to see what form-js submitted. */
  private static final String RECORD_SUBMISSIONS = """
      window.jiuzhuSubmitted = [];
      const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.open = function (method, url) { this.jiuzhuUrl = url; return open.apply(this, arguments); };
      XMLHttpRequest.prototype.send = function (body) {
        if (/\\/submit-form$/.test(this.jiuzhuUrl)) window.jiuzhuSubmitted.push(body);
        return send.apply(this, arguments);
      };""";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void aVillageClerkStartsP1InTasklistAndVerifiesTheCase() throws Exception {
    chromium.logInToTasklist("clerk1");
    chromium.click(By.cssSelector("li.start-process-action a"));
    chromium.clickUntilVisible(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='未参保失业人员临时救助']"),
        START_FORM);
    chromium.script(RECORD_SUBMISSIONS);

    // The units are chosen, not typed: the clerk's own township and village are set, and the village list holds
    // their own village only.
    assertThat(chromium.wait.until(visibilityOfElementLocated(startField("Field_townshipCode-display"))).getText())
        .isEqualTo("幸福街道");
    assertThat(chromium.driver.findElement(startField("Field_villageCode")).getDomProperty("value")).isEqualTo("幸福社区");
    assertThat(chooseFromList("Field_villageCode", "幸福社区")).containsExactly("幸福社区");

    Map<String, String> typed = application(APPLICANT, "4");
    String idNumber = typed.get("Field_applicantIdNumber");
    typed.forEach((field, text) -> chromium.type(startField(field), text));
    chromium.click(startField("Field_householdRegisterProvided"));
    chromium.click(startField("Field_identityDocument-0"));
    chromium.click(startField("Field_commitmentSigned"));
    typed.forEach((field, text) -> assertThat(chromium.driver.findElement(startField(field)).getDomProperty("value"))
        .as(field).isEqualTo(text));
    chromium.screenshot("p1-start-form-filled");
    // X: the ID number's check digit, in the field's help text (末位可为X).
    chromium.assertNoEnglishChrome("p1-start-form", "X");

    // The bug this test would have caught: with both witnesses filled, Start greyed out for good.
    chromium.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector(".modal")));

    JsonNode submitted = JSON.readTree((String) ((List<?>) chromium.script("return window.jiuzhuSubmitted")).get(0))
        .path("variables");
    assertThat(submitted.fieldNames()).toIterable()
        .containsExactlyInAnyOrderElementsOf(ModelDeclarations.startOf(P1Fixtures.KEY).keySet());
    assertThat(submitted.at("/witnesses/type").asText()).isEqualTo("Json");
    assertThat(JSON.readTree(submitted.at("/witnesses/value").asText())).isEqualTo(JSON.readTree(P1Fixtures.WITNESSES));

    ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey(P1Fixtures.KEY)
        .variableValueEquals("applicantName", APPLICANT).singleResult();
    assertThat(started).as("the case the clerk started").isNotNull();
    assertThat(started.getBusinessKey()).startsWith("LSJZ-");
    assertThat(runtimeService.getVariable(started.getId(), "villageCode")).isEqualTo(P1Fixtures.VILLAGE_A);
    // The clerk is told the new case number at once.
    chromium.wait.until(textToBePresentInElementLocated(NOTIFICATION, started.getBusinessKey()));
    assertThat(chromium.driver.findElement(NOTIFICATION).getText()).contains("已受理", "案件编号", APPLICANT);
    chromium.screenshot("p1-started");
    chromium.assertNoEnglishChrome("p1-started");
    // It stays until the clerk closes it.
    chromium.click(By.cssSelector(".jiuzhu-started-notice button.close"));
    chromium.wait.until(invisibilityOfElementLocated(NOTIFICATION));
    Task village = taskService.createTaskQuery().processInstanceId(started.getId()).singleResult();
    assertThat(village.getTaskDefinitionKey()).isEqualTo("Task_VerifyInVillage");

    chromium.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'本单位待办')]"));
    By listed = By.cssSelector("li.task h4 a[href='#/?task=" + village.getId() + "']");
    chromium.click(listed);
    chromium.wait.until(textToBePresentInElementLocated(TASK_FORM, started.getBusinessKey()));
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));
    assertThat(chromium.driver.findElement(By.cssSelector(".fjs-form-field-table")).getText())
        .contains("李四", "13900000001", "王五", "13900000002");
    verifyP1InVillage(chromium, idNumber, "经入户调查并电话联系两名证明人，情况属实");
    chromium.screenshot("p1-village-verification-filled");
    // Select: form-js 1.8.7's own placeholder of an empty drop-down (relation, disability), which has no language hook.
    chromium.assertNoEnglishChrome("p1-village-verification", "Select");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    chromium.wait.until(invisibilityOfElementLocated(listed));
    chromium.screenshot("p1-village-verification-completed");

    HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(village.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo("clerk1");
    assertThat(runtimeService.getVariable(started.getId(), "villageVerified")).isEqualTo(true);
    assertThat(runtimeService.getVariables(started.getId())).containsEntry("lowIncomeTested", true)
        .containsEntry("inHardship", true).containsEntry("householdSize", 1L).doesNotContainKey("householdMembers");
    assertThat(taskService.createTaskQuery().processInstanceId(started.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ReviewInTownship");
  }

  @Test
  void aTownshipChoosesTheVillageFromItsOwnAndIsToldTheCaseWasRefusedWithTheNotice() {
    chromium.logInToTasklist("reviewer1");
    chromium.click(By.cssSelector("li.start-process-action a"));
    chromium.clickUntilVisible(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='未参保失业人员临时救助']"),
        START_FORM);

    // The form library's own messages read in Chinese.
    chromium.type(startField("Field_applicantPhone"), "123");
    chromium.type(startField("Field_applicantName"), Keys.TAB.toString());
    By errors = By.cssSelector(".modal .fjs-form-field-error");
    chromium.wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'modal')]"
        + "//*[contains(@class,'fjs-form-field-error')][contains(.,'格式不正确')]")));
    assertThat(chromium.driver.findElements(errors)).extracting(WebElement::getText)
        .contains("格式不正确，请按填写说明填写。", "此项为必填项。");
    assertThat(chromium.driver.findElement(startField("Field_villageCode")).getDomAttribute("placeholder"))
        .isEqualTo("输入名称查找");
    chromium.assertNoEnglishChrome("p1-start-form-errors", "X");
    chromium.screenshot("p1-start-form-chinese-messages");
    chromium.type(startField("Field_applicantPhone"), Keys.chord(Keys.CONTROL, "a") + Keys.BACK_SPACE);

    // The township's own villages to choose from (other tests may add more), none of another township's.
    assertThat(chromium.driver.findElement(startField("Field_townshipCode-display")).getText()).isEqualTo("幸福街道");
    assertThat(chooseFromList("Field_villageCode", "和平社区")).contains("幸福社区", "和平社区")
        .doesNotContain("永安村", "新丰村");
    // Two months without income: refused by the eligibility table at intake.
    Map<String, String> typed = application(REFUSED_APPLICANT, "2");
    typed.forEach((field, text) -> chromium.type(startField(field), text));
    chromium.click(startField("Field_householdRegisterProvided"));
    chromium.click(startField("Field_identityDocument-0"));
    chromium.click(startField("Field_commitmentSigned"));
    chromium.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector(".modal")));

    HistoricProcessInstance refused = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(P1Fixtures.KEY).variableValueEquals("applicantName", REFUSED_APPLICANT).singleResult();
    assertThat(refused.getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(refused.getId())
        .variableName("villageCode").singleResult().getValue()).isEqualTo("220102001002");
    chromium.wait.until(textToBePresentInElementLocated(NOTIFICATION, refused.getBusinessKey()));
    assertThat(chromium.driver.findElement(NOTIFICATION).getText()).contains("不予救助", "不符合救助条件", "不予救助告知书");
    assertThat(chromium.driver.findElement(By.linkText("不予救助告知书")).getDomAttribute("href"))
        .isEqualTo("/api/cases/" + refused.getBusinessKey() + "/refusal-notice");
    chromium.screenshot("p1-refused-at-intake");
    chromium.assertNoEnglishChrome("p1-refused-at-intake");
  }

  @Test
  void p3SaysWhetherTheApplicantIsInDibaoForYesAndForNo() {
    // Declared 低保/特困 and confirmed by the register; declared not, and not in it.
    ProcessInstance yes = startP3(P3Fixtures.IN_DIBAO, true);
    ProcessInstance no = startP3(P1Fixtures.idNumber(), false);
    chromium.logInToTasklist("clerk1");

    assertThat(dibaoLineOfVillageTask(yes, "p3-dibao-yes"))
        .isEqualTo("申报为低保对象或特困人员： 是\u3000系统核实： 已核实，不再核查家庭收入和财产，重点核实生活必需支出");
    assertThat(dibaoLineOfVillageTask(no, "p3-dibao-no"))
        .isEqualTo("申报为低保对象或特困人员： 否\u3000系统核实： 未核实，由乡镇（街道）核对家庭经济状况");
  }

  private ProcessInstance startP3(String idNumber, boolean dibaoOrTekun) {
    Map<String, Object> application = P3Fixtures.application(idNumber);
    application.put("dibaoOrTekun", dibaoOrTekun);
    return runtimeService.startProcessInstanceByKey(P3Fixtures.KEY, application);
  }

  private String dibaoLineOfVillageTask(ProcessInstance p3, String screenshot) {
    Task village = taskService.createTaskQuery().processInstanceId(p3.getId()).singleResult();
    assertThat(village.getTaskDefinitionKey()).isEqualTo("Task_VerifyInVillage");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + village.getId());
    chromium.wait.until(textToBePresentInElementLocated(TASK_FORM, p3.getBusinessKey()));
    By line = By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(.,'申报为低保对象或特困人员')]");
    String text = chromium.scrollTo(chromium.wait.until(visibilityOfElementLocated(line))).getText();
    chromium.screenshot(screenshot);
    return text;
  }

  /** Fills P1's village verification as true: the household is the applicant alone, no income, no assets. */
  static void verifyP1InVillage(Chromium chromium, String idNumber, String opinion) {
    chromium.click(By.xpath("//label[contains(normalize-space(),'情况属实，报乡镇（街道）复核')]"));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_villageOpinion']"), opinion);
    // The first line's relation is 本人 already.
    Map<String, String> household = new LinkedHashMap<>();
    household.put("Field_m1IdNumber_p1v", idNumber);
    household.put("Field_m1Income_p1v", "0");
    household.put("Field_householdCash_p1v", "0");
    household.put("Field_householdDeposits_p1v", "0");
    household.put("Field_householdSecurities_p1v", "0");
    household.put("Field_householdClaims_p1v", "0");
    household.forEach((field, text) -> chromium.type(By.cssSelector(".fjs-form [id$='-" + field + "']"), text));
  }

  /** The application's typed fields (form ids) with their text; the number field last. */
  private static Map<String, String> application(String applicant, String monthsWithoutIncome) {
    String idNumber = P1Fixtures.idNumber();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("Field_applicantName", applicant);
    typed.put("Field_applicantIdNumber", idNumber);
    typed.put("Field_applicantPhone", "13800000000");
    typed.put("Field_bankAccount", "6222020200" + idNumber.substring(8, 17));
    typed.put("Field_hardshipDescription", "受疫情影响无法返岗，连续无收入");
    typed.put("Field_employerName", "长春某制造公司");
    typed.put("Field_employerAddress", "长春市南关区某路1号");
    typed.put("Field_jobTitle", "装配工");
    typed.put("Field_witness1Name", "李四");
    typed.put("Field_witness1Phone", "13900000001");
    typed.put("Field_witness2Name", "王五");
    typed.put("Field_witness2Phone", "13900000002");
    // Last of the typed fields: form-js's number field commits once more 300 ms after its input, and that late
    // re-render would blank a field still being typed; a person never types that fast, a driver does.
    typed.put("Field_monthsWithoutIncome", monthsWithoutIncome);
    return typed;
  }

  /** Opens a searchable list of the start form, chooses {@code label} and returns every label it offered. */
  private List<String> chooseFromList(String field, String label) {
    chromium.click(startField(field));
    By items = By.cssSelector(".modal .fjs-dropdownlist-item");
    chromium.wait.until(visibilityOfElementLocated(items));
    List<String> offered = chromium.driver.findElements(items).stream().map(WebElement::getText).toList();
    chromium.click(By.xpath("//div[contains(@class,'modal')]//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
        + label + "']"));
    chromium.wait.until(invisibilityOfElementLocated(items));
    assertThat(chromium.driver.findElement(startField(field)).getDomProperty("value")).isEqualTo(label);
    return offered;
  }

  private static By startField(String id) {
    return By.cssSelector(".modal .fjs-form [id$='-" + id + "']");
  }
}
