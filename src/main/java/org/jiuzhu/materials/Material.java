package org.jiuzhu.materials;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A scan kept with a case, as listed (the content is fetched on its own). */
public record Material(String id, String businessKey, MaterialKind kind, String fileName, String contentType,
    long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

  @JsonProperty("kindLabel")
  public String kindLabel() {
    return kind.label();
  }
}
