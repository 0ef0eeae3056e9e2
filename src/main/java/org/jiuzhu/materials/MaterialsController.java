package org.jiuzhu.materials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.casefile.CaseArchive;
import org.jiuzhu.validation.InvalidInputException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A case's materials as scans: listed, uploaded (the file as the request body; kind and file name as
 * parameters) and viewed by the units working on the case only, each upload and look in its audit trail, each
 * refused attempt too. A case the caller may not see is not found.
 */
@RestController
@EnableConfigurationProperties(MaterialsProperties.class)
class MaterialsController {

  static final String ADDED = "上传材料";
  static final String VIEWED = "查看材料";
  static final String REFUSED = "拒绝查看或上传材料：不是办理本案件的单位";
  static final String REFUSED_UNKNOWN = "拒绝查看或上传材料：无此案件或无权查看";

  private final CaseAccess access;
  private final CaseMaterials materials;
  private final CaseArchive archive;
  private final AuditTrail trail;
  private final MaterialsProperties properties;
  private final TransactionTemplate transaction;

  MaterialsController(CaseAccess access, CaseMaterials materials, CaseArchive archive, AuditTrail trail,
      MaterialsProperties properties, PlatformTransactionManager transactions) {
    this.access = access;
    this.materials = materials;
    this.archive = archive;
    this.trail = trail;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  @GetMapping("/api/cases/{businessKey}/materials")
  List<Material> list(@PathVariable String businessKey) {
    onCase(businessKey);
    return materials.of(businessKey);
  }

  @PostMapping("/api/cases/{businessKey}/materials")
  ResponseEntity<Material> upload(@PathVariable String businessKey, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String fileName, HttpServletRequest request) throws IOException {
    CaseRef c = onCase(businessKey);
    if (archive.find(businessKey).isPresent()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "案件 " + businessKey + " 已存档备案，材料随档案保存，不能再增加");
    }
    long max = properties.maxSize().toBytes();
    boolean tooLarge = request.getContentLengthLong() > max;
    byte[] content = tooLarge ? new byte[0] : readAtMost(request.getInputStream(), max + 1);
    ScanUpload scan = ScanUpload.check(kind, fileName, request.getContentType(), content,
        tooLarge || content.length > max, properties.maxSize());
    String sha256 = sha256(scan.content());
    Material material = new Material(UUID.randomUUID().toString(), businessKey, scan.kind(), scan.fileName(),
        scan.type().mediaType(), scan.content().length, sha256, caller(), ChinaClock.nowOffset());
    // The same file again (a double click, a retry) is kept once: the unique index decides a race.
    Optional<Material> kept = materials.withContent(businessKey, sha256);
    if (kept.isPresent()) {
      return ResponseEntity.ok(kept.get());
    }
    try {
      transaction.executeWithoutResult(status -> {
        materials.add(material, scan.content());
        trail.record(material.uploadedBy(), businessKey, c.countyCode(), ADDED, describe(material));
      });
    } catch (DuplicateKeyException sameFileAtTheSameMoment) {
      return ResponseEntity.ok(materials.withContent(businessKey, sha256).orElseThrow());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(material);
  }

  @GetMapping("/api/cases/{businessKey}/materials/{id}")
  ResponseEntity<byte[]> view(@PathVariable String businessKey, @PathVariable String id) {
    CaseRef c = onCase(businessKey);
    Material material = materials.find(businessKey, id).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有这份材料"));
    trail.record(caller(), businessKey, c.countyCode(), VIEWED, describe(material));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(material.contentType()))
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(material).filename(material.fileName(), StandardCharsets.UTF_8)
            .build().toString())
        .body(materials.content(material.id()));
  }

  /**
   * A scanned image opens in the browser; a PDF is downloaded, since the /api answers' content policy (no
   * plugins, no framing) leaves Chrome's built-in viewer blank.
   */
  private static ContentDisposition.Builder disposition(Material material) {
    return ScanType.PDF.mediaType().equals(material.contentType()) ? ContentDisposition.attachment()
        : ContentDisposition.inline();
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> badInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidInputException", "message", e.getMessage(),
        "problems", e.problems()));
  }

  /** The case if the caller works on it; a refused look is recorded, under the number tried. */
  private CaseRef onCase(String businessKey) {
    CaseRef c = access.visible(businessKey).orElse(null);
    if (c == null) {
      trail.record(caller(), businessKey, null, REFUSED_UNKNOWN, null);
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有案件 " + businessKey);
    }
    if (!access.worksOn(c)) {
      trail.record(caller(), businessKey, c.countyCode(), REFUSED, null);
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "案件材料只供办理本案件的村（社区）、乡镇（街道）和县级人员查看和上传");
    }
    return c;
  }

  private String caller() {
    return access.caller().map(Authentication::getUserId).orElse(null);
  }

  private static String describe(Material m) {
    return m.kindLabel() + "：" + m.fileName() + "（" + m.contentType() + "，" + m.sizeBytes() + " 字节，SHA-256 "
        + m.sha256() + "）";
  }

  /** Reads no more than {@code limit} bytes, so an oversized body without a declared length is not held whole. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
