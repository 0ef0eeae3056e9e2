package org.jiuzhu.deployment;

import java.time.OffsetDateTime;

/** The engine's latest version of a model file: the resource of that name in the newest deployment holding one. */
public record DeployedResource(String name, String deploymentId, String deploymentName, String source,
    OffsetDateTime deployedAt, byte[] bytes) {
}
