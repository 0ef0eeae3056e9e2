package org.jiuzhu.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption key and the lookup-hash key, both derived from one master secret
 * so that operators configure and back up a single value.
 */
public final class PersonalDataKeys {

  static final int MIN_MASTER_BYTES = 32;

  private final SecretKey encryptionKey;
  private final SecretKey lookupKey;

  public PersonalDataKeys(byte[] masterKey) {
    if (masterKey == null || masterKey.length < MIN_MASTER_BYTES) {
      throw new IllegalArgumentException("The personal-data master key must be at least "
          + MIN_MASTER_BYTES + " bytes");
    }
    encryptionKey = new SecretKeySpec(derive(masterKey, "encryption"), "AES");
    lookupKey = new SecretKeySpec(derive(masterKey, "lookup"), "HmacSHA256");
  }

  SecretKey encryptionKey() {
    return encryptionKey;
  }

  SecretKey lookupKey() {
    return lookupKey;
  }

  static Mac hmacSha256(SecretKey key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  // Distinct labels give independent keys, so a leaked lookup key reveals nothing about the encryption key.
  private static byte[] derive(byte[] masterKey, String label) {
    return hmacSha256(new SecretKeySpec(masterKey, "HmacSHA256"))
        .doFinal(label.getBytes(StandardCharsets.UTF_8));
  }
}
