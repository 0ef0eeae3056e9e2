package org.jiuzhu.deployment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where admins keep the models they revise: BPMN and DMN in one folder, Camunda Forms in another. */
@ConfigurationProperties("jiuzhu.models")
public record ModelsProperties(Path processes, Path forms) {
}
