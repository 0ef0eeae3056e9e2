package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The task view's 办理 tab in Tasklist (headless Chromium): 幸福社区's clerk1 copies a P1 case to 永安镇 and
 * delegates the village step to the unit's second clerk, clerk3 (周敏), who finds it in 我的待办 and completes it;
 * the step comes back to clerk1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HandlingBrowserTest {

  private static final By PANEL = By.cssSelector(".jiuzhu-handling");
  private static final By SAID = By.cssSelector(".jiuzhu-handling > .jiuzhu-handling-message.text-success");
  private static final By MINE = By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'我的待办')]");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void aClerkCopiesTheCaseAndDelegatesTheStepToAColleagueWhoCompletesIt() {
    String idNumber = P1Fixtures.idNumber();
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(idNumber));
    String caseNumber = pi.getBusinessKey();
    Task village = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    By listed = By.cssSelector("li.task h4 a[href='#/?task=" + village.getId() + "']");

    chromium.logInToTasklist("clerk1");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + village.getId());
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));
    chromium.click(MINE);
    chromium.click(listed);
    chromium.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='办理']"));
    chromium.wait.until(textToBePresentInElementLocated(PANEL, "案件 " + caseNumber + " 的办理"));

    // Only the unit's other clerk, by name, family name first; the villages the step may go to.
    Select colleague = new Select(chromium.wait.until(d -> d.findElement(By.cssSelector(".jiuzhu-delegate select"))));
    assertThat(colleague.getOptions()).extracting(WebElement::getText).containsExactly("周敏");
    assertThat(new Select(chromium.driver.findElement(By.cssSelector(".jiuzhu-transfer select"))).getOptions())
        .extracting(WebElement::getText).contains("和平社区", "永安村").doesNotContain("幸福社区", "幸福街道");
    assertThat(chromium.driver.findElement(By.cssSelector(".jiuzhu-timeline-link")).getDomAttribute("href"))
        .isEqualTo("/api/cases/" + caseNumber + "/timeline");
    chromium.screenshot("handling-tab");
    chromium.assertNoEnglishChrome("handling-tab");

    // 抄送: 永安镇 may read the case.
    new Select(chromium.driver.findElement(By.cssSelector(".jiuzhu-copy select"))).selectByVisibleText("永安镇");
    chromium.type(By.cssSelector(".jiuzhu-copy input[name=note]"), "申请人曾在永安镇申请，供参考");
    chromium.click(By.cssSelector(".jiuzhu-copy button[type=submit]"));
    chromium.wait.until(textToBePresentInElementLocated(SAID, "已抄送永安镇。"));
    assertThat(jdbc.sql("SELECT recipient FROM case_copy WHERE business_key = ?").param(caseNumber)
        .query(String.class).list()).containsExactly("group:township-" + P1Fixtures.TOWNSHIP_B);
    // A refusal reads as the server says it: the transfer's reason is required.
    chromium.click(By.cssSelector(".jiuzhu-transfer button[type=submit]"));
    chromium.wait.until(textToBePresentInElementLocated(By.cssSelector(".jiuzhu-transfer .text-danger"), "转办理由必填"));

    // 委派: the step leaves clerk1's 我的待办.
    chromium.type(By.cssSelector(".jiuzhu-delegate input[name=note]"), "请入户核实");
    chromium.click(By.cssSelector(".jiuzhu-delegate button[type=submit]"));
    chromium.wait.until(textToBePresentInElementLocated(SAID, "已委派给周敏"));
    chromium.wait.until(invisibilityOfElementLocated(listed));
    // Delegated, the step is no longer clerk1's to hand over; the case may still be copied.
    chromium.wait.until(textToBePresentInElementLocated(By.cssSelector(".jiuzhu-handling-refusal"), "clerk3"));
    assertThat(chromium.driver.findElements(By.cssSelector(".jiuzhu-delegate, .jiuzhu-transfer"))).isEmpty();
    assertThat(chromium.driver.findElements(By.cssSelector(".jiuzhu-copy"))).hasSize(1);
    chromium.screenshot("handling-delegated");
    chromium.assertNoEnglishChrome("handling-delegated");
    Task delegated = taskService.createTaskQuery().taskId(village.getId()).singleResult();
    assertThat(delegated.getAssignee()).isEqualTo("clerk3");
    assertThat(delegated.getOwner()).isEqualTo("clerk1");

    chromium.restart();
    chromium.logInToTasklist("clerk3");
    chromium.click(MINE);
    chromium.click(listed);
    TasklistBrowserTest.verifyP1InVillage(chromium, idNumber, "经入户调查，情况属实");
    // Select: form-js 1.8.7's own placeholder of an empty drop-down, which has no language hook.
    chromium.assertNoEnglishChrome("handling-delegate-form", "Select");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    chromium.wait.until(invisibilityOfElementLocated(listed));

    // Resolved, the step is clerk1's again, with what clerk3 found.
    Task back = taskService.createTaskQuery().taskId(village.getId()).singleResult();
    assertThat(back.getAssignee()).isEqualTo("clerk1");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(taskService.getVariable(village.getId(), "villageOpinion")).isEqualTo("经入户调查，情况属实");
    runtimeService.deleteProcessInstance(pi.getId(), "test over");
  }
}
