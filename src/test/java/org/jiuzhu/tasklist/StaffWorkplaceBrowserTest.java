package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.payment.PaymentLedger;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A township reviewer's workplace in Tasklist (headless Chromium): the task cards say which case, whose and where,
 * the case is found by typing its number and approved for payment, the form shows the county's tiers before an
 * amount is typed, a refused submit reads as one Chinese sentence naming the field by its label, and the list and
 * form have no English chrome. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffWorkplaceBrowserTest {

  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form, [cam-tasklist-task] .fjs-form");
  private static final By NOTIFICATION = By.cssSelector(".page-notifications .alert");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired PaymentLedger ledger;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void aReviewerFindsTheCaseByTheNumberOnItsCardAndApprovesItForPayment() {
    ProcessInstance sought = atTownshipReview("赵文静");
    ProcessInstance other = atTownshipReview("钱志强");
    chromium.logInToTasklist("reviewer1");
    chromium.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'本单位待办')]"));

    WebElement card = chromium.wait.until(visibilityOfElementLocated(card(sought)));
    assertThat(card.getText()).contains(sought.getBusinessKey(), "赵文静", "幸福社区", "幸福街道", "案件编号", "申请人");
    // 乡镇（街道）复核 is due in 2 working days, counted by the server's holiday table.
    chromium.wait.until(textToBePresentInElementLocated(card(sought), "办理时限：剩余2个工作日"));
    chromium.wait.until(visibilityOfElementLocated(card(other)));
    // Away from the filter just clicked, whose tooltip would cover the list in the README's picture.
    new Actions(chromium.driver).moveToLocation(900, 500).perform();
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector(".tooltip")));
    chromium.readmeScreenshot("tasklist-cards");
    chromium.assertNoEnglishChrome("workplace-cards");

    // A box above the list takes the case number as it is: no kind of search to pick, no field name to know.
    chromium.type(By.cssSelector(".jiuzhu-find-case input"), sought.getBusinessKey() + Keys.ENTER);
    chromium.wait.until(numberOfElementsToBe(By.cssSelector("li.task"), 1));
    assertThat(chromium.driver.findElement(By.cssSelector("li.task")).getText()).contains(sought.getBusinessKey());
    chromium.screenshot("workplace-found-by-case-number");

    // The township's review: approved, 一般 and 300 yuan (the county's tier for it), with an opinion.
    Task review = taskService.createTaskQuery().processInstanceId(sought.getId()).singleResult();
    chromium.click(By.cssSelector("li.task h4 a[href='#/?task=" + review.getId() + "']"));
    chromium.wait.until(textToBePresentInElementLocated(TASK_FORM, sought.getBusinessKey()));
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));
    chromium.click(By.xpath("//label[contains(normalize-space(),'同意救助')]"));
    chromium.click(By.cssSelector(".fjs-form [id$='-Field_urgency-display']"));
    chromium.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='一般']"));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_townshipOpinion']"), "经复核情况属实，同意救助");
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_approvedAmount']"), "300");
    chromium.screenshot("workplace-review-filled");
    chromium.assertNoEnglishChrome("workplace-review-form");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("li.task h4 a[href='#/?task=" + review.getId() + "']")));
    chromium.screenshot("workplace-review-completed");

    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(review.getId()).singleResult())
        .satisfies(done -> {
          assertThat(done.getEndTime()).as("the review is done").isNotNull();
          assertThat(done.getAssignee()).isEqualTo("reviewer1");
        });
    assertThat(runtimeService.getVariable(sought.getId(), "approvedAmount")).isEqualTo("300.00");
    assertThat(runtimeService.getVariable(sought.getId(), "townshipOpinion")).isEqualTo("经复核情况属实，同意救助");
    // Payment is an asynchronous job (no job executor in tests): the case waits at it, and running it pays once.
    Job payment = managementService.createJobQuery().processInstanceId(sought.getId()).activityId("Task_PayGrant")
        .singleResult();
    assertThat(payment).as("the case waits at 发放救助金").isNotNull();
    managementService.executeJob(payment.getId());
    assertThat(ledger.of(sought.getBusinessKey())).singleElement()
        .satisfies(paid -> assertThat(paid.amount()).isEqualByComparingTo("300.00"));
  }

  @Test
  void theFormShowsTheCountysTiersAndARefusedSubmitNamesTheFieldInOneChineseSentence() {
    ProcessInstance pi = atTownshipReview("孙丽华");
    Task review = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    chromium.logInToTasklist("reviewer1");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
    chromium.wait.until(textToBePresentInElementLocated(TASK_FORM, pi.getBusinessKey()));
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    // Claiming re-renders the task's header; a click before it settles lands on the header instead.
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));

    assertThat(chromium.driver.findElement(TASK_FORM).getText())
        .contains("本县按急难程度：一般不超过300.00元，较重不超过600.00元，严重不超过1000.00元");
    chromium.click(By.xpath("//label[contains(normalize-space(),'同意救助')]"));
    chromium.click(By.cssSelector(".fjs-form [id$='-Field_urgency-display']"));
    chromium.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='一般']"));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_townshipOpinion']"), "经复核情况属实");
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_approvedAmount']"), "500");
    chromium.screenshot("workplace-review-over-tier");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));

    String said = chromium.wait.until(visibilityOfElementLocated(NOTIFICATION)).getText();
    chromium.screenshot("workplace-review-refused");
    assertThat(said).contains("救助金额（元）：本县该急难程度的救助金额不超过300.00元")
        .doesNotContain("approvedAmount", review.getId(), "Cannot submit task form");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).as("the step stays open").isEqualTo(1);

    // The township's reserve fund opens in the same browser with the Tasklist login, as a Chinese page.
    chromium.open("/api/reserve-funds/220102001");
    assertThat(chromium.wait.until(visibilityOfElementLocated(By.tagName("h1"))).getText()).isEqualTo("幸福街道临时救助备用金");
    chromium.screenshot("workplace-reserve-fund-page");
  }

  @Test
  void buttonsAUserCannotUseAreNotShown() {
    ProcessInstance pi = atTownshipReview("周敏");
    Task review = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    chromium.logInToTasklist("reviewer1");
    chromium.wait.until(visibilityOfElementLocated(By.cssSelector("li.start-process-action a")));
    assertThat(chromium.driver.findElement(By.cssSelector("a.jiuzhu-my-cases")).getDomAttribute("href")).isEqualTo("/api/my-cases");
    assertThat(chromium.driver.findElements(By.cssSelector("li.create-task-action a")))
        .as("staff may not create tasks").allSatisfy(a -> assertThat(a.isDisplayed()).isFalse());
    chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    chromium.wait.until(visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] .due-date")));
    assertThat(chromium.driver.findElements(By.cssSelector("[cam-tasklist-task-meta] .reset-due-date")))
        .as("staff may not remove a due date").allSatisfy(a -> assertThat(a.isDisplayed()).isFalse());
    chromium.screenshot("workplace-reviewer-buttons");

    // The county's supervisors start no procedure: no start button for them.
    chromium.restart();
    chromium.logInToTasklist("supervisor1");
    chromium.wait.until(visibilityOfElementLocated(By.cssSelector("a.jiuzhu-my-cases")));
    assertThat(chromium.driver.findElement(By.cssSelector("li.start-process-action")).isDisplayed()).isFalse();
    chromium.screenshot("workplace-supervisor-buttons");
  }

  /** A P1 case of 幸福社区 past the village's verification, waiting for 幸福街道's review. */
  private ProcessInstance atTownshipReview(String applicant) {
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("applicantName", applicant);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(P1Fixtures.KEY, application);
    Task village = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    taskService.complete(village.getId(), Map.of("villageVerified", true, "villageOpinion", "经入户核实，情况属实"));
    return pi;
  }

  private By card(ProcessInstance pi) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    return By.xpath("//li[contains(@class,'task')][.//a[@href='#/?task=" + task.getId() + "']]");
  }
}
