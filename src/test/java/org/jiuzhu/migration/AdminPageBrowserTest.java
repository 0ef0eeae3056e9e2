package org.jiuzhu.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.EngineTestTime.at;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jiuzhu.deployment.ModelDeployer;
import org.jiuzhu.deployment.ModelFolders;
import org.jiuzhu.tasklist.Chromium;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The admin's page 模型与迁移 in the Admin app, in headless Chromium: after P1 is revised, the admin chooses P1 and
 * its older version, reads the plan (the renamed step, the case that cannot move and why) and moves the rest.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminPageBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired ModelDeployer deployer;

  @TempDir Path temp;

  @RegisterExtension final Chromium chromium = new Chromium();

  @AfterEach
  void restoreTheModels() {
    ClockUtil.reset();
    deployer.deploy(ModelFolders.copyOfRealModels(temp.resolve("restored")));
  }

  @Test
  void anAdminReadsThePlanAndMovesTheCasesItCanMove() {
    at(OffsetDateTime.parse("2026-09-30T10:00:00+08:00"));
    ProcessInstance moving = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    ProcessInstance late = runtime.startProcessInstanceByKey(P1Fixtures.KEY, P1Fixtures.application(P1Fixtures.idNumber()));
    at(OffsetDateTime.parse("2026-10-12T09:00:00+08:00"));
    management.executeJob(management.createJobQuery().processInstanceId(late.getId()).timers().singleResult().getId());
    int sourceVersion = repository.getProcessDefinition(moving.getProcessDefinitionId()).getVersion();
    ClockUtil.reset();
    deployer.deploy(RevisedP1.write(temp.resolve("revised")));

    chromium.logIn("admin", "demo", By.cssSelector("a[href='#/users']"));
    chromium.open("/camunda/app/admin/default/#/jiuzhu-models");
    chromium.wait.until(textToBePresentInElementLocated(By.id("jiuzhu-models-drift"), "无"));
    new Select(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jiuzhu-procedure"))))
        .selectByValue(P1Fixtures.KEY);
    new Select(chromium.driver.findElement(By.id("jiuzhu-version"))).selectByValue(Integer.toString(sourceVersion));
    chromium.click(By.id("jiuzhu-show-plan"));

    chromium.wait.until(textToBePresentInElementLocated(By.id("jiuzhu-plan-steps"), RevisedP1.VILLAGE_STEP_NAME));
    assertThat(text("jiuzhu-plan-unmapped")).contains(RevisedP1.OLD_SUPERVISION, "逾期督办：村（社区）调查核实");
    assertThat(text("jiuzhu-plan-movable")).contains(moving.getBusinessKey()).doesNotContain(late.getBusinessKey());
    assertThat(text("jiuzhu-plan-blocked")).contains(late.getBusinessKey(),
        "“逾期督办：村（社区）调查核实”在新版本中没有对应环节");
    chromium.screenshot("admin-migration-plan");
    chromium.assertNoEnglishChrome("admin-migration-plan");

    // The page asks "migrate N cases?" first; the admin says yes.
    chromium.script("window.confirm = () => true");
    chromium.click(By.id("jiuzhu-migrate"));
    chromium.wait.until(textToBePresentInElementLocated(By.id("jiuzhu-migration-result"), "已提交迁移批次"));
    chromium.screenshot("admin-migration-started");
    String batchId = text("jiuzhu-migration-result").replaceAll(".*批次 (\\S+)（.*", "$1");
    Batches.run(management, batchId);

    assertThat(tasks.createTaskQuery().processInstanceId(moving.getId()).singleResult().getName())
        .isEqualTo(RevisedP1.VILLAGE_STEP_NAME);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(late.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(late.getProcessDefinitionId());
  }

  private String text(String id) {
    return chromium.driver.findElement(By.id(id)).getText();
  }
}
