package org.jiuzhu.materials;

import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.springframework.util.unit.DataSize;

/**
 * An uploaded scan checked: a known kind, a file name, and content that is not empty, not above the size limit,
 * and a PDF, JPEG or PNG by its own bytes, the same type its name or media type claims. Every problem at once.
 */
public record ScanUpload(MaterialKind kind, String fileName, ScanType type, byte[] content) {

  static final int MAX_NAME_LENGTH = 200;

  /**
   * @param content   the bytes read, at most one more than the limit
   * @param tooLarge  whether the sender's length or the bytes read went over the limit
   */
  public static ScanUpload check(String kind, String fileName, String mediaType, byte[] content, boolean tooLarge,
      DataSize maxSize) {
    List<Problem> problems = new ArrayList<>();
    MaterialKind parsedKind = MaterialKind.parse(kind == null ? "" : kind.strip()).orElse(null);
    if (parsedKind == null) {
      problems.add(new Problem("kind", (kind == null || kind.isBlank() ? "必填，" : "") + "须为 " + MaterialKind.choices() + " 之一"));
    }
    String name = baseName(fileName);
    if (name.isEmpty()) {
      problems.add(new Problem("fileName", "必填"));
    } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      problems.add(new Problem("fileName", "不能超过" + MAX_NAME_LENGTH + "个字"));
    }
    ScanType type = null;
    if (tooLarge) {
      problems.add(new Problem("file", "文件超过大小上限 " + megabytes(maxSize)));
    } else if (content.length == 0) {
      problems.add(new Problem("file", "文件为空"));
    } else {
      type = ScanType.of(content).orElse(null);
      ScanType claimed = ScanType.claimedBy(name, mediaType).orElse(null);
      if (type == null) {
        problems.add(new Problem("file", "文件内容不是 PDF、JPEG 或 PNG 格式的扫描件"));
      } else if (claimed != null && claimed != type) {
        problems.add(new Problem("file", "文件内容是 " + type.label() + "，与声明的 " + claimed.label() + " 不符"));
      }
    }
    InvalidInputException.throwIfAny("上传的材料", problems);
    return new ScanUpload(parsedKind, name, type, content);
  }

  /** The name without any folder a browser or client sent with it, and without control characters. */
  static String baseName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return name.codePoints().filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
  }

  private static String megabytes(DataSize size) {
    return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB" : size.toBytes() + " 字节";
  }
}
