package org.jiuzhu.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The folders are the models' source of truth; this compares them with the engine's latest versions. A file
 * that differs from a version the folders deployed is a change to deploy. A file that differs from a version
 * deployed from elsewhere (Camunda Modeler, REST) is drift: deploying the folder's file would silently undo
 * that deployment, and leaving it would let the folder silently differ, so it is reported and held back.
 */
public final class ModelDrift {

  /** The deployment source of the folders' deployments, which tells their versions from everyone else's. */
  public static final String FOLDER_SOURCE = "jiuzhu model folders";

  /**
   * @param changed files to deploy, by resource name
   * @param drift   the engine's versions deployed from elsewhere that differ from the folders
   */
  public record Comparison(List<String> changed, List<Drift> drift) {
  }

  private ModelDrift() {
  }

  /**
   * @param files  the folders' files by resource name
   * @param latest the engine's latest resource for each of those names and for every resource name of the
   *               {@link ModelDeployer#DEPLOYMENT_NAME} deployments
   */
  public static Comparison compare(Map<String, byte[]> files, Map<String, DeployedResource> latest) {
    List<String> changed = new ArrayList<>();
    List<Drift> drift = new ArrayList<>();
    new TreeMap<>(files).forEach((name, bytes) -> {
      DeployedResource deployed = latest.get(name);
      if (deployed == null) {
        changed.add(name);
      } else if (!Arrays.equals(bytes, deployed.bytes())) {
        if (FOLDER_SOURCE.equals(deployed.source())) {
          changed.add(name);
        } else {
          drift.add(Drift.of(deployed, true));
        }
      }
    });
    new TreeMap<>(latest).forEach((name, deployed) -> {
      // Elsewhere, other deployments may hold anything; under the models' name the folders should hold it.
      if (!files.containsKey(name) && ModelDeployer.DEPLOYMENT_NAME.equals(deployed.deploymentName())
          && !FOLDER_SOURCE.equals(deployed.source())) {
        drift.add(Drift.of(deployed, false));
      }
    });
    return new Comparison(List.copyOf(changed), List.copyOf(drift));
  }
}
