package org.jiuzhu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.EngineTestTime.at;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.tasklist.Chromium;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * 逾期督办 in Cockpit, in headless Chromium: a county supervisor finds an overdue village step on the dashboard and
 * on the page #/overdue with its working days late, and urges it; neither page has English chrome. The page counts
 * from the server's "today" (ChinaClock, the engine's clock), which the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdueCockpitBrowserTest {

  /** Monday 2 February 2026: the village's 3 working days end Thursday 5 February at close of business. */
  static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-02-02T10:00:00+08:00");
  /**
   * Wednesday 25 February: 9 working days late (6, 9–13 February, Saturday 14 February worked for the Spring
   * Festival, 24 and 25 February), though 20 calendar days. Earlier than any other test's cases of 南关区, so the
   * step comes first, worst first.
   */
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-25T09:00:00+08:00");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @RegisterExtension final Chromium chromium = new Chromium();

  private ProcessInstance pi;

  /** The case and its 逾期督办 leave with the test: the Spring context, and 南关区's lists, are shared. */
  @AfterEach
  void deleteTheCaseAndResetTheClock() {
    if (pi != null) {
      runtime.deleteProcessInstance(pi.getId(), "test done");
    }
    ClockUtil.reset();
  }

  @Test
  void aSupervisorFindsTheOverdueStepWithItsWorkingDaysLateAndUrgesIt() {
    at(OPENED);
    pi = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    String caseNumber = pi.getBusinessKey();
    Task village = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    at(NOW);
    // The step's overdue timer, as the job executor would run it: 逾期督办 goes to the county's supervisors.
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SuperviseVillageOverdue")
        .taskCandidateGroup("supervisor-220102").count()).isEqualTo(1);

    By dashboardStep = By.xpath("//section[contains(@class,'jiuzhu-overdue-dashboard')]//li[a[normalize-space()='"
        + caseNumber + "']]");
    chromium.logIn("cockpit", "supervisor1", dashboardStep);
    assertThat(chromium.driver.findElement(dashboardStep).getText())
        .isEqualTo(caseNumber + " 村（社区）调查核实（幸福社区）逾期 9 个工作日");
    assertThat(chromium.driver.findElement(By.cssSelector(".jiuzhu-overdue-summary")).getText()).startsWith("截至 2026-02-25：");
    chromium.screenshot("cockpit-dashboard");
    chromium.assertNoEnglishChrome("cockpit-dashboard");

    // The header's navigation, not the dashboard section's links.
    chromium.click(By.xpath("//a[@href='#/overdue'][normalize-space()='逾期督办'][not(ancestor::section)]"));
    By row = By.xpath("//table//tr[td/a[normalize-space()='" + caseNumber + "']]");
    chromium.wait.until(visibilityOfElementLocated(row));
    assertThat(chromium.driver.findElements(By.xpath("//table//tr[td/a]")).get(0).getText())
        .as("worst first").contains(caseNumber);
    assertThat(chromium.driver.findElement(row).findElements(By.tagName("td"))).extracting(td -> td.getText())
        .containsExactly(caseNumber, "未参保失业人员临时救助", "村（社区）调查核实", "幸福社区", "幸福街道", "2026-02-05 17:30",
            "逾期 9 个工作日", "催办");
    chromium.readmeScreenshot("cockpit-overdue");
    chromium.assertNoEnglishChrome("cockpit-overdue");

    // 催办 asks for a note (window.prompt), then the page lists the step again with who urged it and when.
    chromium.script("window.prompt = () => '请今日办结'");
    chromium.click(By.xpath("//table//tr[td/a[normalize-space()='" + caseNumber + "']]//button[normalize-space()='催办']"));
    chromium.wait.until(textToBePresentInElementLocated(row, "2026-02-25 09:00 陈刚（supervisor1）催办：请今日办结"));
    chromium.screenshot("cockpit-overdue-urged");
    assertThat(tasks.createTaskQuery().taskId(village.getId()).singleResult().getPriority()).isEqualTo(150);
  }
}
