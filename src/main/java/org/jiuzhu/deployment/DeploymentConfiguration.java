package org.jiuzhu.deployment;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration
class DeploymentConfiguration {

  @Bean
  ModelDeployer modelDeployer(RepositoryService repositoryService) {
    return new ModelDeployer(repositoryService);
  }

  /** Models go in before anything else at start, so demo data and filters can rely on them. */
  @Bean
  @Order(0)
  ApplicationRunner deployModelsAtStart(ModelDeployer deployer, ModelsProperties folders) {
    return args -> deployer.deploy(folders);
  }
}
