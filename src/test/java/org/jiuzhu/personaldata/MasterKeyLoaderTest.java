package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyLoaderTest {

  @TempDir
  Path dir;

  @Test
  void usesConfiguredKey() {
    byte[] master = new byte[40];
    master[0] = 7;

    byte[] loaded = MasterKeyLoader.load(new PersonalDataProperties(
        Base64.getEncoder().encodeToString(master), dir.resolve("unused.key").toString()));

    assertThat(loaded).isEqualTo(master);
    assertThat(dir.resolve("unused.key")).doesNotExist();
  }

  @Test
  void generatesKeyFileOnceAndReusesIt() {
    Path file = dir.resolve("data/personal-data.key");
    PersonalDataProperties properties = new PersonalDataProperties(null, file.toString());

    byte[] first = MasterKeyLoader.load(properties);
    byte[] second = MasterKeyLoader.load(properties);

    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(file).exists();
  }

  @Test
  void generatedKeyFileIsOwnerOnly() throws Exception {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("personal-data.key");

    MasterKeyLoader.load(new PersonalDataProperties(" ", file.toString()));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void failsNamingThePropertyWhenNothingIsConfigured() {
    assertThatThrownBy(() -> MasterKeyLoader.load(new PersonalDataProperties(null, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jiuzhu.personal-data.master-key")
        .hasMessageContaining("JIUZHU_PERSONALDATA_MASTERKEY");
    // the production profile blanks the demo key file
    assertThatThrownBy(() -> MasterKeyLoader.load(new PersonalDataProperties("", "")))
        .hasMessageContaining("jiuzhu.personal-data.master-key");
  }

  @Test
  void rejectsShortKeyWithoutPrintingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> MasterKeyLoader.load(new PersonalDataProperties(shortKey, null)))
        .isInstanceOf(IllegalStateException.class)
        .message().doesNotContain(shortKey);
  }

  @Test
  void rejectsMalformedKeyWithoutPrintingIt() {
    String malformed = "s3cr3t-not-base64-%%%";

    assertThatThrownBy(() -> MasterKeyLoader.load(new PersonalDataProperties(malformed, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasNoCause()
        .message().doesNotContain("s3cr3t").doesNotContain("%");
  }
}
