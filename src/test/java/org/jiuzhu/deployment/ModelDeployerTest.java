package org.jiuzhu.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ModelDeployerTest {

  private static final String PROCESS_KEY = "temporary-assistance-unemployed";
  private static final String BPMN = "p1-temporary-assistance-unemployed.bpmn";
  private static final String PROCESS_NAME = "name=\"未参保失业人员临时救助\"";
  private static final List<String> DECISION_KEYS =
      List.of("unemployed-assistance-eligibility", "unemployed-assistance-amount-ceiling");
  private static final List<String> FORM_KEYS = List.of("Form_P1Application", "Form_P1VillageVerification",
      "Form_P1TownshipReview", "Form_OverdueSupervision");

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ModelDeployer deployer;
  @Autowired
  ModelsProperties realFolders;
  @Autowired
  JdbcClient jdbc;

  @TempDir
  Path temp;
  @TempDir
  Path elsewhere;

  @Test
  void deploysEveryModelAndRedeployingTheSameFoldersCreatesNoNewVersion() {
    ModelsProperties folders = copyOfRealModels(temp);

    deployer.deploy(folders);

    // Deploy-changed-only puts each file in whichever deployment last changed it, so look across all of them.
    List<String> deployed = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .list().stream().flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()).toList();
    assertThat(deployed).containsAll(fileNames(folders.processes())).containsAll(fileNames(folders.forms()));
    assertThat(fileNames(folders.processes())).contains(BPMN, "p1-eligibility.dmn", "p1-amount-ceiling.dmn");
    assertThat(fileNames(folders.forms())).contains("p1-application.form");
    assertThat(processVersion()).isPositive();
    DECISION_KEYS.forEach(key -> assertThat(decisionVersion(key)).as(key).isPositive());
    FORM_KEYS.forEach(key -> assertThat(formVersion(key)).as(key).isPositive());

    int process = processVersion();
    List<Integer> decisions = DECISION_KEYS.stream().map(this::decisionVersion).toList();
    List<Integer> forms = FORM_KEYS.stream().map(this::formVersion).toList();

    Deployment again = deployer.deploy(folders);

    assertThat(again.getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
    assertThat(processVersion()).isEqualTo(process);
    assertThat(DECISION_KEYS.stream().map(this::decisionVersion).toList()).isEqualTo(decisions);
    assertThat(FORM_KEYS.stream().map(this::formVersion).toList()).isEqualTo(forms);
  }

  @Test
  void movingTheFoldersElsewhereCreatesNoNewVersion() {
    deployer.deploy(copyOfRealModels(temp));
    int process = processVersion();
    List<Integer> decisions = DECISION_KEYS.stream().map(this::decisionVersion).toList();
    List<Integer> forms = FORM_KEYS.stream().map(this::formVersion).toList();

    deployer.deploy(copyOfRealModels(elsewhere.resolve("another").resolve("installation")));

    assertThat(processVersion()).isEqualTo(process);
    assertThat(DECISION_KEYS.stream().map(this::decisionVersion).toList()).isEqualTo(decisions);
    assertThat(FORM_KEYS.stream().map(this::formVersion).toList()).isEqualTo(forms);
  }

  @Test
  void aChangedBpmnBecomesOneNewVersionAndUnchangedModelsStay() throws IOException {
    ModelsProperties folders = copyOfRealModels(temp);
    deployer.deploy(folders);
    int process = processVersion();
    List<Integer> decisions = DECISION_KEYS.stream().map(this::decisionVersion).toList();
    List<Integer> forms = FORM_KEYS.stream().map(this::formVersion).toList();

    Path bpmn = folders.processes().resolve(BPMN);
    String original = Files.readString(bpmn, StandardCharsets.UTF_8);
    assertThat(original).contains(PROCESS_NAME);
    Files.writeString(bpmn, original.replace(PROCESS_NAME, "name=\"未参保失业人员临时救助（修订）\""),
        StandardCharsets.UTF_8);
    try {
      Deployment changed = deployer.deploy(folders);

      assertThat(processVersion()).isEqualTo(process + 1);
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（修订）");
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
          .latestVersion().singleResult().getDeploymentId()).isEqualTo(changed.getId());
      assertThat(DECISION_KEYS.stream().map(this::decisionVersion).toList()).isEqualTo(decisions);
      assertThat(FORM_KEYS.stream().map(this::formVersion).toList()).isEqualTo(forms);

      // Deploying the same change again is no change.
      deployer.deploy(folders);
      assertThat(processVersion()).isEqualTo(process + 1);
    } finally {
      // Leave the real model as the latest version for the other tests sharing this engine.
      Files.writeString(bpmn, original, StandardCharsets.UTF_8);
      deployer.deploy(folders);
    }
    assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助");
  }

  @Test
  void resourcesAreNamedByTheirPathInsideTheFolder() {
    ModelsProperties folders = copyOfRealModels(temp);
    deployer.deploy(folders);

    String resource = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getResourceName();
    assertThat(resource).isEqualTo(BPMN);
    for (String key : DECISION_KEYS) {
      assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .singleResult().getResourceName()).doesNotContain("/", "\\").endsWith(".dmn");
    }

    Deployment latest = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0);
    List<String> names = repositoryService.getDeploymentResourceNames(latest.getId());
    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name)
        .doesNotStartWith("/")
        .doesNotContain(":")
        .doesNotContain(temp.toString())
        .doesNotContain(realFolders.processes().toAbsolutePath().toString()));
    List<String> everyDeployedName = repositoryService.createDeploymentQuery()
        .deploymentName(ModelDeployer.DEPLOYMENT_NAME).list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()).distinct().toList();
    assertThat(everyDeployedName).contains(BPMN, "p1-application.form")
        .allSatisfy(name -> assertThat(Path.of(name).isAbsolute()).as(name).isFalse());
  }

  @Test
  void anEmptyProcessesFolderIsRefusedNamingTheFolder() throws IOException {
    Path processes = Files.createDirectories(temp.resolve("empty-processes"));
    Path forms = Files.createDirectories(temp.resolve("forms"));
    long deployments = repositoryService.createDeploymentQuery().count();

    assertThatThrownBy(() -> deployer.deploy(new ModelsProperties(processes, forms)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(processes.toAbsolutePath().toString());
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private ModelsProperties copyOfRealModels(Path root) {
    Path processes = root.resolve("processes");
    Path forms = root.resolve("forms");
    copy(realFolders.processes(), processes);
    copy(realFolders.forms(), forms);
    return new ModelsProperties(processes, forms);
  }

  private static void copy(Path from, Path to) {
    assertThat(from).isDirectory();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fileNames(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int processVersion() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
        .singleResult().getVersion();
  }

  private String latestProcessName() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
        .singleResult().getName();
  }

  private int decisionVersion(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
        .singleResult().getVersion();
  }

  /** The engine has no query API for Camunda Form definitions, so this reads its table. */
  private int formVersion(String key) {
    return jdbc.sql("SELECT MAX(VERSION_) FROM ACT_RE_CAMFORMDEF WHERE KEY_ = ?").param(key)
        .query(Integer.class).single();
  }
}
