package org.jiuzhu.materials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest scan accepted (jiuzhu.materials.max-size, default 10MB) */
@ConfigurationProperties("jiuzhu.materials")
public record MaterialsProperties(DataSize maxSize) {

  public MaterialsProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
  }
}
