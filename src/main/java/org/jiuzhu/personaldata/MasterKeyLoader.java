package org.jiuzhu.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the master secret: the configured value, else a generated demo key file, else startup fails. */
final class MasterKeyLoader {

  static final String PROPERTY = "jiuzhu.personal-data.master-key";
  static final String ENV_VAR = "JIUZHU_PERSONALDATA_MASTERKEY";
  static final String FILE_PROPERTY = "jiuzhu.personal-data.generate-key-file";

  private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);

  private MasterKeyLoader() {
  }

  static byte[] load(PersonalDataProperties properties) {
    String configured = properties.masterKey();
    if (configured != null && !configured.isBlank()) {
      return decode(configured, PROPERTY + " (env " + ENV_VAR + ")");
    }
    String keyFile = properties.generateKeyFile();
    if (keyFile != null && !keyFile.isBlank()) {
      Path file = Path.of(keyFile);
      byte[] key = readOrCreate(file);
      log.warn("Personal data is encrypted with a generated demo key kept in {}; "
          + "set {} (env {}) for real data", file.toAbsolutePath(), PROPERTY, ENV_VAR);
      return key;
    }
    throw new IllegalStateException("No key for personal data (ID and bank account numbers): set "
        + PROPERTY + " (env " + ENV_VAR + ") to the base64 of at least "
        + PersonalDataKeys.MIN_MASTER_BYTES + " random bytes, or for a demo set "
        + FILE_PROPERTY + " to a file path where a key may be generated");
  }

  private static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII), "key file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the personal-data key file " + file, e);
    }
  }

  // Stored as base64 text, the same form as the property, so it can be promoted to real configuration.
  private static void create(Path file) throws IOException {
    byte[] key = new byte[PersonalDataKeys.MIN_MASTER_BYTES];
    new SecureRandom().nextBytes(key);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.createFile(file, ownerOnly());
    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }

  // The decoder's own message quotes the offending character, i.e. part of the key, so it is not passed on.
  private static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The personal-data master key from " + source + " is not valid base64");
    }
    if (key.length < PersonalDataKeys.MIN_MASTER_BYTES) {
      throw new IllegalStateException("The personal-data master key from " + source + " must decode to at least "
          + PersonalDataKeys.MIN_MASTER_BYTES + " bytes");
    }
    return key;
  }
}
