package org.jiuzhu.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.jiuzhu.calendar.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import ch.qos.logback.classic.Level;

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
    ModelsProperties folders = ModelFolders.copyOfRealModels(temp);

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

    ModelDeployer.Outcome again = deployer.deploy(folders);

    assertThat(again.deployment()).isNull();
    assertThat(again.deployed()).isEmpty();
    assertThat(processVersion()).isEqualTo(process);
    assertThat(DECISION_KEYS.stream().map(this::decisionVersion).toList()).isEqualTo(decisions);
    assertThat(FORM_KEYS.stream().map(this::formVersion).toList()).isEqualTo(forms);
  }

  @Test
  void movingTheFoldersElsewhereCreatesNoNewVersion() {
    deployer.deploy(ModelFolders.copyOfRealModels(temp));
    int process = processVersion();
    List<Integer> decisions = DECISION_KEYS.stream().map(this::decisionVersion).toList();
    List<Integer> forms = FORM_KEYS.stream().map(this::formVersion).toList();

    deployer.deploy(ModelFolders.copyOfRealModels(elsewhere.resolve("another").resolve("installation")));

    assertThat(processVersion()).isEqualTo(process);
    assertThat(DECISION_KEYS.stream().map(this::decisionVersion).toList()).isEqualTo(decisions);
    assertThat(FORM_KEYS.stream().map(this::formVersion).toList()).isEqualTo(forms);
  }

  @Test
  void aChangedBpmnBecomesOneNewVersionAndUnchangedModelsStay() throws IOException {
    ModelsProperties folders = ModelFolders.copyOfRealModels(temp);
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
      ModelDeployer.Outcome changed = deployer.deploy(folders);

      assertThat(changed.deployed()).containsExactly(BPMN);
      assertThat(changed.deployment().getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
      assertThat(processVersion()).isEqualTo(process + 1);
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（修订）");
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
          .latestVersion().singleResult().getDeploymentId()).isEqualTo(changed.deployment().getId());
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
    ModelsProperties folders = ModelFolders.copyOfRealModels(temp);
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

  @Test
  void aModelerDeployThatDiffersIsReportedNamingItsDeploymentAndNeitherSideIsOverwritten() throws IOException {
    ModelsProperties folders = ModelFolders.copyOfRealModels(temp);
    deployer.deploy(folders);
    Path bpmn = folders.processes().resolve(BPMN);
    String original = Files.readString(bpmn, StandardCharsets.UTF_8);
    Deployment modeler = deployAsModeler(BPMN, original.replace(PROCESS_NAME, "name=\"未参保失业人员临时救助（Modeler）\""));
    try {
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（Modeler）");

      ModelDeployer.Outcome atStart;
      try (LogCapture log = new LogCapture(ModelDeployer.class)) {
        atStart = deployer.deploy(folders);
        assertThat(log.messages(Level.WARN)).singleElement().asString()
            .contains(BPMN, modeler.getId(), "Camunda Modeler", "not deployed over it");
        assertThat(log.messages(Level.INFO)).singleElement().asString().contains("no file changed");
      }
      assertThat(atStart.deployment()).isNull();
      assertThat(atStart.drift()).singleElement().satisfies(d -> {
        assertThat(d.resource()).isEqualTo(BPMN);
        assertThat(d.deploymentId()).isEqualTo(modeler.getId());
        assertThat(d.inFolder()).isTrue();
      });
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（Modeler）");
      assertThat(Files.readString(bpmn, StandardCharsets.UTF_8)).isEqualTo(original);

      // A later edit of the folder does not undo the Modeler's deployment either: it is held back, still reported.
      Files.writeString(bpmn, original.replace(PROCESS_NAME, "name=\"未参保失业人员临时救助（文件夹）\""));
      ModelDeployer.Outcome afterEdit = deployer.deploy(folders);
      assertThat(afterEdit.deployed()).isEmpty();
      assertThat(afterEdit.drift()).extracting(Drift::deploymentId).containsExactly(modeler.getId());
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（Modeler）");

      // The admin replaces it on purpose: the folder's file is in force again, and nothing differs.
      ModelDeployer.Outcome replaced = deployer.deploy(folders, true);
      assertThat(replaced.deployed()).containsExactly(BPMN);
      assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助（文件夹）");
      assertThat(deployer.compare(folders).drift()).isEmpty();
    } finally {
      restore(folders, bpmn, original, modeler);
    }
    assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助");
  }

  @Test
  void exportingWritesTheEngineVersionsIntoTheFoldersAndAReloadThenDeploysNothing() throws IOException {
    ModelsProperties folders = ModelFolders.copyOfRealModels(temp);
    deployer.deploy(folders);
    Path bpmn = folders.processes().resolve(BPMN);
    String original = Files.readString(bpmn, StandardCharsets.UTF_8);
    String fromModeler = original.replace(PROCESS_NAME, "name=\"未参保失业人员临时救助（Modeler）\"");
    String newForm = Files.readString(folders.forms().resolve("p1-application.form"))
        .replace("\"Form_P1Application\"", "\"Form_P1ApplicationDraft\"");
    List<Deployment> modeler = List.of(deployAsModeler(BPMN, fromModeler),
        deployAsModeler("drafts/p1-application-draft.form", newForm));
    try {
      assertThat(deployer.compare(folders).drift()).extracting(Drift::resource, Drift::inFolder)
          .containsExactly(tuple(BPMN, true), tuple("drafts/p1-application-draft.form", false));

      List<Path> written = deployer.export(folders, List.of());

      assertThat(written).containsExactly(bpmn.toAbsolutePath().normalize(),
          folders.forms().resolve("drafts/p1-application-draft.form").toAbsolutePath().normalize());
      assertThat(Files.readString(bpmn, StandardCharsets.UTF_8)).isEqualTo(fromModeler);
      assertThat(Files.readString(written.get(1), StandardCharsets.UTF_8)).isEqualTo(newForm);
      ModelDrift.Comparison after = deployer.compare(folders);
      assertThat(after.drift()).isEmpty();
      assertThat(after.changed()).isEmpty();
      int version = processVersion();
      assertThat(deployer.deploy(folders).deployed()).isEmpty();
      assertThat(processVersion()).isEqualTo(version);
    } finally {
      restore(folders, bpmn, original, modeler.toArray(Deployment[]::new));
    }
    assertThat(latestProcessName()).isEqualTo("未参保失业人员临时救助");
  }

  /** Leaves the real models in force for the other tests sharing this engine, and nothing deployed from elsewhere. */
  private void restore(ModelsProperties folders, Path bpmn, String original, Deployment... modeler) throws IOException {
    for (Deployment deployment : modeler) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    Files.writeString(bpmn, original, StandardCharsets.UTF_8);
    deployer.deploy(folders);
  }

  /** As Camunda Modeler deploys: its own source, the file name as resource name, only what changed. */
  private Deployment deployAsModeler(String resource, String content) {
    return repositoryService.createDeployment().name(ModelDeployer.DEPLOYMENT_NAME).source("Camunda Modeler")
        .enableDuplicateFiltering(true).addString(resource, content).deploy();
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
