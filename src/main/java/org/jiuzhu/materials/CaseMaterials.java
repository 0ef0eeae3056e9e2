package org.jiuzhu.materials;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scans kept with each case. Rows are only added: a case's materials stay as long as its archive. */
@Repository
public class CaseMaterials {

  private static final String COLUMNS = """
      id, business_key AS businessKey, kind, file_name AS fileName, content_type AS contentType,
      size_bytes AS sizeBytes, sha256, uploaded_by AS uploadedBy, uploaded_at AS uploadedAt""";

  private final JdbcClient jdbc;

  public CaseMaterials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the scan; the same file a second time for the case fails on the unique index (DuplicateKeyException). */
  public void add(Material material, byte[] content) {
    jdbc.sql("""
            INSERT INTO case_material (id, business_key, kind, file_name, content_type, size_bytes, sha256, content,
              uploaded_by, uploaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(material.id(), material.businessKey(), material.kind().name(), material.fileName(),
            material.contentType(), material.sizeBytes(), material.sha256(), content, material.uploadedBy(),
            material.uploadedAt())
        .update();
  }

  public List<Material> of(String businessKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_material WHERE business_key = ? ORDER BY uploaded_at, id")
        .param(businessKey).query(Material.class).list();
  }

  public Optional<Material> find(String businessKey, String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_material WHERE business_key = ? AND id = ?")
        .params(businessKey, id).query(Material.class).optional();
  }

  public Optional<Material> withContent(String businessKey, String sha256) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_material WHERE business_key = ? AND sha256 = ?")
        .params(businessKey, sha256).query(Material.class).optional();
  }

  public byte[] content(String id) {
    return jdbc.sql("SELECT content FROM case_material WHERE id = ?").param(id).query(byte[].class).single();
  }
}
