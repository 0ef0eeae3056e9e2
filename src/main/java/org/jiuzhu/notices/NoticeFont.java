package org.jiuzhu.notices;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The notices' typeface: Noto Sans SC (SIL Open Font License, {@code fonts/OFL.txt}), shipped with the
 * application so a notice prints the same on any server, without fonts installed. Each document embeds only
 * the glyphs it uses (a subset of a few kilobytes).
 */
final class NoticeFont {

  private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
  private static volatile byte[] bytes;

  private NoticeFont() {
  }

  static PDType0Font load(PDDocument document) throws IOException {
    return PDType0Font.load(document, new ByteArrayInputStream(bytes()), true);
  }

  private static byte[] bytes() {
    byte[] loaded = bytes;
    if (loaded == null) {
      try (InputStream in = NoticeFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("字体文件缺失：" + RESOURCE);
        }
        loaded = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes = loaded;
    }
    return loaded;
  }
}
