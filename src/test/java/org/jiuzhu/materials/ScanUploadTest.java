package org.jiuzhu.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.jiuzhu.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A scan's type is told by its content; every problem of an upload is named at once, in Chinese. */
class ScanUploadTest {

  private static final DataSize MAX = DataSize.ofMegabytes(10);

  @Test
  void theTypeIsTheContentsWhateverTheNameOrMediaType() {
    assertThat(ScanType.of(Scans.png())).contains(ScanType.PNG);
    assertThat(ScanType.of(Scans.jpeg())).contains(ScanType.JPEG);
    assertThat(ScanType.of(Scans.pdf())).contains(ScanType.PDF);
    assertThat(ScanType.of("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ScanType.of(new byte[] {(byte) 0x89, 'P'})).isEmpty();

    ScanUpload upload = ScanUpload.check("IDENTITY", "C:\\扫描\\身份证.PNG", "application/octet-stream", Scans.png(), false, MAX);
    assertThat(upload.type()).isEqualTo(ScanType.PNG);
    assertThat(upload.fileName()).isEqualTo("身份证.PNG");
    assertThat(upload.kind()).isEqualTo(MaterialKind.IDENTITY);
    assertThat(ScanUpload.check("RECEIPT", "票据", null, Scans.jpeg(), false, MAX).type()).isEqualTo(ScanType.JPEG);
  }

  @Test
  void aFileThatIsNotWhatItClaimsIsRefused() {
    assertThatThrownBy(() -> ScanUpload.check("IDENTITY", "身份证.png", "image/png", Scans.pdf(), false, MAX))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("file：文件内容是 PDF，与声明的 PNG 不符");
    assertThatThrownBy(() -> ScanUpload.check("IDENTITY", "身份证.jpg", "application/octet-stream", Scans.png(), false, MAX))
        .hasMessageContaining("文件内容是 PNG，与声明的 JPEG 不符");
    assertThatThrownBy(() -> ScanUpload.check("IDENTITY", "身份证.png", "image/png",
        "<html>".getBytes(StandardCharsets.UTF_8), false, MAX))
        .hasMessageContaining("文件内容不是 PDF、JPEG 或 PNG 格式的扫描件");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThatThrownBy(() -> ScanUpload.check("PASSPORT", " ", "image/png", new byte[0], false, MAX))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("kind：须为 APPLICATION（申请书）、HOUSEHOLD_REGISTER（户口簿）")
        .hasMessageContaining("fileName：必填").hasMessageContaining("file：文件为空");
    assertThatThrownBy(() -> ScanUpload.check("RECEIPT", "a.png", "image/png", new byte[0], true, MAX))
        .hasMessageContaining("file：文件超过大小上限 10 MB");
    assertThatThrownBy(() -> ScanUpload.check("RECEIPT", "名".repeat(201) + ".png", "image/png", Scans.png(), false, MAX))
        .hasMessageContaining("fileName：不能超过200个字");
  }
}
