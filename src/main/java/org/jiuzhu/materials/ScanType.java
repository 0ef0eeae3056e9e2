package org.jiuzhu.materials;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a scan may have, told by the content's first bytes (its signature), never by the name or the
 * type the sender claims: a renamed program or web page is none of them.
 */
public enum ScanType {
  PDF("application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
  JPEG("image/jpeg", "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
  PNG("image/png", "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

  private final String mediaType;
  private final String label;
  private final byte[] signature;
  private final String[] extensions;

  ScanType(String mediaType, String label, byte[] signature, String... extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.signature = signature;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  /** The type the content is, if it is one of these. */
  public static Optional<ScanType> of(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.startsOf(content)).findFirst();
  }

  /** The type a file name or a media type claims, if it names one of these. */
  public static Optional<ScanType> claimedBy(String fileName, String mediaType) {
    String media = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    Optional<ScanType> byMedia = Arrays.stream(values()).filter(t -> t.mediaType.equals(media)
        || "image/jpg".equals(media) && t == JPEG).findFirst();
    if (byMedia.isPresent()) {
      return byMedia;
    }
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
  }

  private boolean startsOf(byte[] content) {
    if (content.length < signature.length) {
      return false;
    }
    return Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
