package org.jiuzhu.deployment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The folders are the truth: what a reload deploys, and what it reports and holds back. */
class ModelDriftTest {

  private static final String BPMN = "p1.bpmn";
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T09:00:00+08:00");

  @Test
  void aNewFileAndAFileChangedSinceTheFoldersLastDeployedItAreChanges() {
    ModelDrift.Comparison comparison = ModelDrift.compare(
        Map.of(BPMN, bytes("v2"), "new.dmn", bytes("d1"), "same.form", bytes("f1")),
        Map.of(BPMN, deployed(BPMN, "v1", ModelDeployer.DEPLOYMENT_NAME, ModelDrift.FOLDER_SOURCE),
            "same.form", deployed("same.form", "f1", ModelDeployer.DEPLOYMENT_NAME, ModelDrift.FOLDER_SOURCE)));

    assertThat(comparison.changed()).containsExactly("new.dmn", BPMN);
    assertThat(comparison.drift()).isEmpty();
  }

  @Test
  void aDifferentVersionDeployedFromElsewhereIsDriftNotAChangeWhateverItsDeploymentName() {
    for (String name : new String[] {ModelDeployer.DEPLOYMENT_NAME, "diagram_1"}) {
      ModelDrift.Comparison comparison = ModelDrift.compare(Map.of(BPMN, bytes("folder")),
          Map.of(BPMN, deployed(BPMN, "modeler", name, "Camunda Modeler")));

      assertThat(comparison.changed()).isEmpty();
      assertThat(comparison.drift()).singleElement().satisfies(d -> {
        assertThat(d.resource()).isEqualTo(BPMN);
        assertThat(d.inFolder()).isTrue();
        assertThat(d.deploymentId()).isEqualTo("deployment-of-" + BPMN);
        assertThat(d.deploymentName()).isEqualTo(name);
        assertThat(d.source()).isEqualTo("Camunda Modeler");
        assertThat(d.deployedAt()).isEqualTo("2026-12-01T09:00+08:00");
      });
    }
  }

  @Test
  void theSameVersionDeployedFromElsewhereIsNeitherChangeNorDrift() {
    ModelDrift.Comparison comparison = ModelDrift.compare(Map.of(BPMN, bytes("same")),
        Map.of(BPMN, deployed(BPMN, "same", ModelDeployer.DEPLOYMENT_NAME, "Camunda Modeler")));

    assertThat(comparison.changed()).isEmpty();
    assertThat(comparison.drift()).isEmpty();
  }

  @Test
  void aModelOnlyTheEngineHasIsDriftUnderTheModelsNameOnly() {
    ModelDrift.Comparison comparison = ModelDrift.compare(Map.of(BPMN, bytes("v1")), Map.of(
        BPMN, deployed(BPMN, "v1", ModelDeployer.DEPLOYMENT_NAME, ModelDrift.FOLDER_SOURCE),
        "p4.bpmn", deployed("p4.bpmn", "x", ModelDeployer.DEPLOYMENT_NAME, "Camunda Modeler"),
        "removed.bpmn", deployed("removed.bpmn", "x", ModelDeployer.DEPLOYMENT_NAME, ModelDrift.FOLDER_SOURCE),
        "test.bpmn", deployed("test.bpmn", "x", "audit-test", null)));

    assertThat(comparison.changed()).isEmpty();
    assertThat(comparison.drift()).singleElement().satisfies(d -> {
      assertThat(d.resource()).isEqualTo("p4.bpmn");
      assertThat(d.inFolder()).isFalse();
    });
  }

  private static DeployedResource deployed(String resource, String content, String deploymentName, String source) {
    return new DeployedResource(resource, "deployment-of-" + resource, deploymentName, source, AT, bytes(content));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
