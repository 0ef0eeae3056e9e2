package org.jiuzhu.deployment;

/**
 * A model whose latest version in the engine was deployed from somewhere else than the folders (Camunda Modeler,
 * REST) and differs from the folder's file, or that the folder does not have at all. Neither side is written
 * over the other until an admin decides: export it to the folder, or reload replacing it.
 *
 * @param inFolder   false when the folder has no file of that name
 * @param deployedAt China time, ISO 8601
 */
public record Drift(String resource, boolean inFolder, String deploymentId, String deploymentName, String source,
    String deployedAt) {

  static Drift of(DeployedResource deployed, boolean inFolder) {
    return new Drift(deployed.name(), inFolder, deployed.deploymentId(), deployed.deploymentName(),
        deployed.source(), deployed.deployedAt().toString());
  }
}
