package org.jiuzhu.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.jiuzhu.RestCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * /api/admin/models as an admin uses it after a deployment from Camunda Modeler (POST /engine-rest/deployment/create,
 * as the Modeler sends it), on a copy of the model folders, since exporting writes into them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelsRestTest {

  private static final String BPMN = "p1-temporary-assistance-unemployed.bpmn";
  private static final String KEY = "temporary-assistance-unemployed";
  private static final Path INSTALLATION = Path.of("target", "models-rest-test");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  RestCalls rest;
  String original;

  @DynamicPropertySource
  static void copyOfTheModelFolders(DynamicPropertyRegistry registry) {
    ModelsProperties copy = ModelFolders.copyOfRealModels(INSTALLATION);
    registry.add("jiuzhu.models.processes", () -> copy.processes().toString());
    registry.add("jiuzhu.models.forms", () -> copy.forms().toString());
  }

  @BeforeEach
  void setUp() throws IOException {
    rest = new RestCalls(port);
    original = Files.readString(Path.of("processes", BPMN));
  }

  @AfterEach
  void folderAndEngineAsTheyWere() throws Exception {
    Files.writeString(INSTALLATION.resolve("processes").resolve(BPMN), original);
    ok(rest.as("demo", "POST", "/api/admin/models/reload?replaceDrifted=true", null));
  }

  @Test
  void staffAndSupervisorsAreRefused() throws Exception {
    for (String user : new String[] {"clerk1", "reviewer1", "officer1", "supervisor1"}) {
      for (String[] call : new String[][] {{"GET", "/api/admin/models"}, {"POST", "/api/admin/models/reload"},
          {"POST", "/api/admin/models/export"}}) {
        HttpResponse<String> refused = rest.as(user, call[0], call[1], null);
        assertThat(refused.statusCode()).as(user + " " + call[1]).isEqualTo(403);
        assertThat(refused.body()).contains("只有管理员");
      }
    }
    assertThat(rest.as(null, "GET", "/api/admin/models", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aModelerDeployIsReportedAndAReloadLeavesItUntilTheAdminReplacesIt() throws Exception {
    JsonNode clean = ok(rest.as("demo", "GET", "/api/admin/models", null));
    assertThat(clean.get("drift")).isEmpty();
    assertThat(clean.get("changed")).isEmpty();
    assertThat(clean.get("processesFolder").asText()).endsWith(Path.of("models-rest-test", "processes").toString());

    String modeler = deployFromModeler(original.replace("name=\"未参保失业人员临时救助\"", "name=\"修订版\""));

    JsonNode status = ok(rest.as("demo", "GET", "/api/admin/models", null));
    assertThat(status.at("/drift/0/resource").asText()).isEqualTo(BPMN);
    assertThat(status.at("/drift/0/deploymentId").asText()).isEqualTo(modeler);
    assertThat(status.at("/drift/0/source").asText()).isEqualTo("Camunda Modeler");
    assertThat(status.at("/drift/0/inFolder").asBoolean()).isTrue();

    JsonNode reloaded = ok(rest.as("demo", "POST", "/api/admin/models/reload", null));
    assertThat(reloaded.get("deploymentId").isNull()).isTrue();
    assertThat(reloaded.get("deployed")).isEmpty();
    assertThat(reloaded.at("/drift/0/deploymentId").asText()).isEqualTo(modeler);
    assertThat(latestProcessName()).isEqualTo("修订版");

    JsonNode replaced = ok(rest.as("demo", "POST", "/api/admin/models/reload?replaceDrifted=true", null));
    assertThat(replaced.get("deployed").get(0).asText()).isEqualTo(BPMN);
    assertThat(replaced.get("drift")).isEmpty();
    assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult().getDeploymentId()).isEqualTo(replaced.get("deploymentId").asText());
  }

  @Test
  void exportWritesTheModelersVersionIntoTheFolder() throws Exception {
    // Not the other test's revision: the Modeler's deploy-changed-only compares with its own last deployment.
    String revised = original.replace("name=\"未参保失业人员临时救助\"", "name=\"修订版（导出）\"");
    deployFromModeler(revised);

    JsonNode exported = ok(rest.as("demo", "POST", "/api/admin/models/export", "{\"resources\": [\"" + BPMN + "\"]}"));

    Path file = INSTALLATION.resolve("processes").resolve(BPMN).toAbsolutePath().normalize();
    assertThat(exported.get("files").get(0).asText()).isEqualTo(file.toString());
    assertThat(exported.get("drift")).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(revised);
    assertThat(ok(rest.as("demo", "GET", "/api/admin/models", null)).get("changed")).isEmpty();
  }

  /** Camunda Modeler's deploy, with the settings the README gives; answers the new deployment's id. */
  private String deployFromModeler(String bpmn) throws Exception {
    String boundary = "----modeler" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {{"deployment-name", ModelDeployer.DEPLOYMENT_NAME},
        {"deployment-source", "Camunda Modeler"}, {"deploy-changed-only", "true"}}) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(BPMN)
        .append("\"; filename=\"").append(BPMN).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .append(bpmn).append("\r\n--").append(boundary).append("--\r\n");
    JsonNode deployment = ok(rest.call("POST", "/engine-rest/deployment/create", body.toString(), "demo:demo",
        "multipart/form-data; boundary=" + boundary));
    return deployment.get("id").asText();
  }

  private String latestProcessName() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult()
        .getName();
  }
}
