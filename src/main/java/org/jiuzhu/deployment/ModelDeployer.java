package org.jiuzhu.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the models from folders on disk so admins can revise them without a rebuild. Resource names
 * are paths relative to their folder, so moving the installation does not look like a change, and only
 * files that differ from the last deployment of the same name become new versions.
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

  /** Returns the deployment holding the current models, new only if something changed. */
  public Deployment deploy(ModelsProperties folders) {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("jiuzhu model folders")
        .enableDuplicateFiltering(true);
    List<Path> processFiles = filesIn(folders.processes(), PROCESS_SUFFIXES);
    if (processFiles.isEmpty()) {
      throw new IllegalStateException("No BPMN or DMN files in " + folders.processes().toAbsolutePath()
          + " (set jiuzhu.models.processes)");
    }
    processFiles.forEach(f -> add(builder, folders.processes(), f));
    filesIn(folders.forms(), FORM_SUFFIXES).forEach(f -> add(builder, folders.forms(), f));
    Deployment deployment = builder.deploy();
    LOG.info("Models from {} and {} are deployment {} ({})", folders.processes().toAbsolutePath(),
        folders.forms().toAbsolutePath(), deployment.getId(), deployment.getDeploymentTime());
    return deployment;
  }

  private static void add(DeploymentBuilder builder, Path folder, Path file) {
    String name = folder.relativize(file).toString().replace('\\', '/');
    try {
      builder.addInputStream(name, Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + file, e);
    }
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
