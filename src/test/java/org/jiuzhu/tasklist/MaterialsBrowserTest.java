package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jiuzhu.materials.CaseMaterials;
import org.jiuzhu.materials.Material;
import org.jiuzhu.materials.MaterialKind;
import org.jiuzhu.materials.Scans;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A village clerk attaches a scan to the case from the task view in Tasklist (headless Chromium): the 材料 tab
 * lists the case's materials and uploads a PNG, which is then listed and kept with the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MaterialsBrowserTest {

  private static final By PANEL = By.cssSelector(".jiuzhu-materials");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseMaterials materials;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void aClerkUploadsAPngFromTheTaskViewAndSeesItListed() throws Exception {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(P1Fixtures.KEY,
        P1Fixtures.application(P1Fixtures.idNumber()));
    Task village = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    byte[] png = Scans.png();
    Path scan = Files.createTempDirectory("scans").resolve("户口簿首页.png");
    Files.write(scan, png);

    chromium.logInToTasklist("clerk1");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + village.getId());
    chromium.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='材料']"));
    chromium.wait.until(textToBePresentInElementLocated(PANEL, "案件 " + pi.getBusinessKey() + " 的材料"));
    chromium.wait.until(textToBePresentInElementLocated(PANEL, "本案件还没有材料。"));

    new Select(chromium.driver.findElement(By.cssSelector(".jiuzhu-materials-upload select")))
        .selectByVisibleText("户口簿");
    chromium.driver.findElement(By.cssSelector(".jiuzhu-materials-upload input[type=file]"))
        .sendKeys(scan.toAbsolutePath().toString());
    chromium.click(By.cssSelector(".jiuzhu-materials-upload button[type=submit]"));

    chromium.wait.until(textToBePresentInElementLocated(By.cssSelector(".jiuzhu-materials-message"),
        "已上传：户口簿 户口簿首页.png"));
    chromium.wait.until(visibilityOfElementLocated(By.cssSelector(".jiuzhu-materials-list")));
    assertThat(chromium.driver.findElement(By.cssSelector(".jiuzhu-materials-list")).getText())
        .contains("户口簿", "户口簿首页.png", "clerk1");
    chromium.screenshot("materials-uploaded");
    chromium.assertNoEnglishChrome("materials-tab", "KB", "png");

    assertThat(materials.of(pi.getBusinessKey())).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MaterialKind.HOUSEHOLD_REGISTER);
      assertThat(m.fileName()).isEqualTo("户口簿首页.png");
      assertThat(m.contentType()).isEqualTo("image/png");
      assertThat(m.uploadedBy()).isEqualTo("clerk1");
    });
    Material kept = materials.of(pi.getBusinessKey()).get(0);
    assertThat(materials.content(kept.id())).isEqualTo(png);
    // The link opens the scan itself, with the Tasklist login.
    String href = chromium.driver.findElement(By.cssSelector(".jiuzhu-materials-list a")).getDomAttribute("href");
    assertThat(href).isEqualTo("/api/cases/" + pi.getBusinessKey() + "/materials/" + kept.id());
    Object status = chromium.asyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));",
        href);
    assertThat(status).isEqualTo("200 image/png");
  }
}
