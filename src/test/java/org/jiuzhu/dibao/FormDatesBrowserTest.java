package org.jiuzhu.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.dibao.DibaoFixtures.application;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.tasklist.Chromium;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A date typed in a form is the day submitted, whatever the browser's zone: a village clerk whose computer is set
 * to Los Angeles (UTC-8, where form-js read a day back as the evening before) records the day of a household
 * visit, and the case holds that day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormDatesBrowserTest {

  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form, [cam-tasklist-task] .fjs-form");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @RegisterExtension final Chromium chromium = new Chromium("America/Los_Angeles");

  @Test
  void aDateTypedWestOfGreenwichIsTheDaySubmitted() {
    assertThat(chromium.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("America/Los_Angeles");
    ProcessInstance pi = runtime.startProcessInstanceByKey(DibaoFixtures.KEY,
        application("DIBAO", List.of(P1Fixtures.idNumber()), "100"));
    Task investigation = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    chromium.logInToTasklist("clerk1");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + investigation.getId());
    chromium.wait.until(textToBePresentInElementLocated(TASK_FORM, pi.getBusinessKey()));
    chromium.click(By.cssSelector("button[ng-click='claim()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));

    LocalDate visited = ChinaClock.today().minusDays(2);
    WebElement date = chromium.driver.findElement(By.cssSelector(".fjs-form [id$='-Field_investigationDate-date']"));
    // Typed as the field asks for it (its placeholder is the browser language's order, e.g. yyyy/mm/dd).
    String typed = date.getDomAttribute("placeholder").replace("yyyy", String.valueOf(visited.getYear()))
        .replace("mm", String.format("%02d", visited.getMonthValue()))
        .replace("dd", String.format("%02d", visited.getDayOfMonth()));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_investigationDate-date']"), typed + Keys.TAB);
    chromium.click(By.xpath("//label[normalize-space()='入户']"));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_investigators']"), "王秀英、刘建国");
    chromium.click(By.xpath("//label[normalize-space()='申报情况属实']"));
    chromium.type(By.cssSelector(".fjs-form [id$='-Field_villageOpinion']"), "入户核实，情况属实");
    assertThat(date.getDomProperty("value")).as("the day shown after other fields changed").isEqualTo(typed);
    chromium.screenshot("form-date-los-angeles");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    chromium.wait.until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='complete()']")));

    assertThat(runtime.getVariable(pi.getId(), "investigationDate")).isEqualTo(visited.toString());
  }
}
