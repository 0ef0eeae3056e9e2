package org.jiuzhu.deployment;

import java.util.List;

import org.jiuzhu.authority.Admins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an admin does with the model folders while the system runs (the Admin page and /api/admin/models): see how
 * they compare with the engine, reload them, and export versions deployed from elsewhere back into them.
 */
@Component
public class ModelAdministration {

  private static final Logger LOG = LoggerFactory.getLogger(ModelAdministration.class);

  private final ModelDeployer deployer;
  private final ModelsProperties folders;
  private final Admins admins;

  ModelAdministration(ModelDeployer deployer, ModelsProperties folders, Admins admins) {
    this.deployer = deployer;
    this.folders = folders;
    this.admins = admins;
  }

  /**
   * @param changed files a reload would deploy
   * @param drift   versions in force deployed from elsewhere that differ from the folders
   */
  public record Status(String processesFolder, String formsFolder, List<String> changed, List<Drift> drift) {
  }

  /** @param deploymentId null when nothing had changed */
  public record Reloaded(String deploymentId, List<String> deployed, List<Drift> drift) {
  }

  /** @param drift what still differs afterwards */
  public record Exported(List<String> files, List<Drift> drift) {
  }

  public Status status() {
    admins.require();
    ModelDrift.Comparison comparison = deployer.compare(folders);
    return new Status(folders.processes().toAbsolutePath().toString(), folders.forms().toAbsolutePath().toString(),
        comparison.changed(), comparison.drift());
  }

  /** @param replaceDrifted deploy the folders' files over versions deployed from elsewhere, undoing those */
  public Reloaded reload(boolean replaceDrifted) {
    String admin = admins.require();
    LOG.info("Models reloaded by {}{}", admin, replaceDrifted ? ", replacing versions deployed from elsewhere" : "");
    ModelDeployer.Outcome outcome = deployer.deploy(folders, replaceDrifted);
    // Replacing leaves only what the folders have no file for.
    List<Drift> left = outcome.drift().stream().filter(d -> !replaceDrifted || !d.inFolder()).toList();
    return new Reloaded(outcome.deployment() == null ? null : outcome.deployment().getId(), outcome.deployed(), left);
  }

  /** @param resources the drifted resources to export; all of them when empty */
  public Exported export(List<String> resources) {
    String admin = admins.require();
    LOG.info("Models exported to the folders by {}: {}", admin, resources.isEmpty() ? "all that differ" : resources);
    List<String> written = deployer.export(folders, resources).stream().map(Object::toString).toList();
    return new Exported(written, deployer.compare(folders).drift());
  }
}
