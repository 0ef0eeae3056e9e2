package org.jiuzhu.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.jiuzhu.calendar.ChinaClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the models from folders on disk so admins can revise them without a rebuild. Resource names are paths
 * relative to their folder, so moving the installation does not look like a change, and only files that differ
 * from the engine's latest version become new versions. The folders are the source of truth; a version deployed
 * from elsewhere that differs from them is drift ({@link ModelDrift}), reported and never silently overwritten.
 */
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "jiuzhu-models";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Set<String> PROCESS_SUFFIXES = Set.of(".bpmn", ".dmn");
  private static final Set<String> FORM_SUFFIXES = Set.of(".form");

  private final RepositoryService repositoryService;

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /**
   * What a deployment of the folders did.
   *
   * @param deployment the new deployment, null when no file had changed
   * @param deployed   the resources it holds
   * @param drift      what was held back (or, replacing, what was replaced)
   */
  public record Outcome(Deployment deployment, List<String> deployed, List<Drift> drift) {
  }

  /** Deploys the files that changed; drifted ones are reported and left as the engine has them. */
  public Outcome deploy(ModelsProperties folders) {
    return deploy(folders, false);
  }

  /** @param replaceDrifted deploy the folders' files over the versions deployed from elsewhere too */
  public Outcome deploy(ModelsProperties folders, boolean replaceDrifted) {
    Map<String, byte[]> files = contents(files(folders));
    Map<String, DeployedResource> latest = latest(files.keySet());
    ModelDrift.Comparison comparison = ModelDrift.compare(files, latest);
    List<String> toDeploy = new ArrayList<>(comparison.changed());
    if (replaceDrifted) {
      comparison.drift().stream().filter(Drift::inFolder).forEach(d -> toDeploy.add(d.resource()));
    }
    if (toDeploy.isEmpty()) {
      LOG.info("Models from {} and {}: no file changed; the versions in force are those of deployment(s) {}",
          folders.processes().toAbsolutePath(), folders.forms().toAbsolutePath(), deploymentsOf(files.keySet(), latest));
      reportDrift(comparison.drift(), folders);
      return new Outcome(null, List.of(), comparison.drift());
    }
    DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(ModelDrift.FOLDER_SOURCE);
    if (!replaceDrifted) {
      // The engine checks again under its deployment lock, so nodes starting together deploy a change once.
      // Replacing must not: the folder's file may equal the folders' own last version, which was overtaken.
      builder.enableDuplicateFiltering(true);
    }
    toDeploy.forEach(name -> builder.addInputStream(name, new ByteArrayInputStream(files.get(name))));
    Deployment deployment = builder.deploy();
    LOG.info("Models from {} and {}: deployed {} as deployment {} ({})", folders.processes().toAbsolutePath(),
        folders.forms().toAbsolutePath(), toDeploy, deployment.getId(), deployment.getDeploymentTime().toInstant());
    if (replaceDrifted) {
      comparison.drift().forEach(d -> LOG.warn("Models: {} of deployment {} ({}, {}) replaced by the folder's file",
          d.resource(), d.deploymentId(), d.source(), d.deployedAt()));
    } else {
      reportDrift(comparison.drift(), folders);
    }
    return new Outcome(deployment, List.copyOf(toDeploy), comparison.drift());
  }

  /** How the folders compare with the engine now, deploying nothing. */
  public ModelDrift.Comparison compare(ModelsProperties folders) {
    Map<String, Path> files = files(folders);
    return ModelDrift.compare(contents(files), latest(files.keySet()));
  }

  /**
   * Writes the engine's versions of drifted resources into the folders (forms into the forms folder), so the
   * folders hold what is in force. Only the named ones; all drifted ones when {@code names} is empty.
   *
   * @return the files written
   */
  public List<Path> export(ModelsProperties folders, Collection<String> names) {
    Map<String, Path> files = files(folders);
    Map<String, DeployedResource> latest = latest(files.keySet());
    List<Path> written = new ArrayList<>();
    for (Drift drift : ModelDrift.compare(contents(files), latest).drift()) {
      if (!names.isEmpty() && !names.contains(drift.resource())) {
        continue;
      }
      Path folder = (isForm(drift.resource()) ? folders.forms() : folders.processes()).toAbsolutePath().normalize();
      Path file = folder.resolve(drift.resource()).normalize();
      if (!file.startsWith(folder)) {
        throw new IllegalArgumentException("Resource " + drift.resource() + " would be written outside " + folder);
      }
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, latest.get(drift.resource()).bytes());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + file, e);
      }
      LOG.warn("Models: exported {} of deployment {} ({}) to {}", drift.resource(), drift.deploymentId(),
          drift.source(), file);
      written.add(file);
    }
    return written;
  }

  private static void reportDrift(List<Drift> drift, ModelsProperties folders) {
    for (Drift d : drift) {
      if (d.inFolder()) {
        LOG.warn("Models: {} in force is deployment {} '{}' from {} at {}, not the file in {}; the file is not "
            + "deployed over it. Export it to the folder or reload replacing it (Admin, 模型与迁移)", d.resource(),
            d.deploymentId(), d.deploymentName(), d.source(), d.deployedAt(), folders.processes().toAbsolutePath());
      } else {
        LOG.warn("Models: {} is deployment {} '{}' from {} at {} and in no model folder. Export it to the folder "
            + "(Admin, 模型与迁移)", d.resource(), d.deploymentId(), d.deploymentName(), d.source(), d.deployedAt());
      }
    }
  }

  private static List<String> deploymentsOf(Set<String> names, Map<String, DeployedResource> latest) {
    return names.stream().map(latest::get).map(DeployedResource::deploymentId).distinct().sorted().toList();
  }

  /**
   * The engine's latest version of each of these names and of every resource of the models' deployments, newest
   * deployment first as the engine's own duplicate filter orders them.
   */
  private Map<String, DeployedResource> latest(Set<String> names) {
    Map<String, DeployedResource> latest = new HashMap<>();
    for (Deployment deployment : Paged.all(repositoryService.createDeploymentQuery().orderByDeploymentTime().desc())) {
      boolean models = DEPLOYMENT_NAME.equals(deployment.getName());
      for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
        String name = resource.getName();
        if ((models || names.contains(name)) && !latest.containsKey(name)) {
          latest.put(name, new DeployedResource(name, deployment.getId(), deployment.getName(), deployment.getSource(),
              deployment.getDeploymentTime().toInstant().atZone(ChinaClock.ZONE).toOffsetDateTime(),
              bytes(deployment.getId(), resource.getId())));
        }
      }
    }
    return latest;
  }

  private byte[] bytes(String deploymentId, String resourceId) {
    try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resourceId)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folders' files by resource name; refuses a processes folder without a model. */
  private static Map<String, Path> files(ModelsProperties folders) {
    List<Path> processFiles = filesIn(folders.processes(), PROCESS_SUFFIXES);
    if (processFiles.isEmpty()) {
      throw new IllegalStateException("No BPMN or DMN files in " + folders.processes().toAbsolutePath()
          + " (set jiuzhu.models.processes)");
    }
    Map<String, Path> files = new LinkedHashMap<>();
    processFiles.forEach(f -> files.put(resourceName(folders.processes(), f), f));
    filesIn(folders.forms(), FORM_SUFFIXES).forEach(f -> files.put(resourceName(folders.forms(), f), f));
    return files;
  }

  private static Map<String, byte[]> contents(Map<String, Path> files) {
    Map<String, byte[]> contents = new HashMap<>();
    files.forEach((name, file) -> {
      try {
        contents.put(name, Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + file, e);
      }
    });
    return contents;
  }

  private static String resourceName(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static boolean isForm(String resourceName) {
    return FORM_SUFFIXES.stream().anyMatch(resourceName::endsWith);
  }

  private static List<Path> filesIn(Path folder, Set<String> suffixes) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> suffixes.stream().anyMatch(s -> f.getFileName().toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }
}
