package org.jiuzhu.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for values that must be read back, keyed HMAC-SHA256 for values that are only matched.
 * The purpose is authenticated with the ciphertext, so a value encrypted for one use
 * cannot be decrypted, and thus silently used, as another.
 */
@Component
public class PersonalDataCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final PersonalDataKeys keys;
  private final SecureRandom random = new SecureRandom();

  public PersonalDataCipher(PersonalDataKeys keys) {
    this.keys = keys;
  }

  /** Base64 of a fresh 12-byte IV followed by the ciphertext and tag. */
  public String encrypt(String clear, String purpose) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, purpose, clear.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
        .put(iv).put(sealed).array());
  }

  /** @throws PersonalDataIntegrityException if the value was altered or encrypted for another purpose */
  public String decrypt(String stored, String purpose) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored);
    } catch (IllegalArgumentException e) {
      throw new PersonalDataIntegrityException("Stored personal data is not valid base64", null);
    }
    if (bytes.length < IV_BYTES + TAG_BITS / 8) {
      throw new PersonalDataIntegrityException("Stored personal data is too short to be a ciphertext", null);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte[] iv = new byte[IV_BYTES];
    buffer.get(iv);
    byte[] sealed = new byte[buffer.remaining()];
    buffer.get(sealed);
    return new String(run(Cipher.DECRYPT_MODE, iv, purpose, sealed), StandardCharsets.UTF_8);
  }

  /** Lower-case hex HMAC-SHA256: equal values give equal hashes, without the table revealing them. */
  public String lookupHash(String clear) {
    byte[] mac = PersonalDataKeys.hmacSha256(keys.lookupKey()).doFinal(clear.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac);
  }

  // A Cipher is stateful and not thread-safe, hence one per call.
  private byte[] run(int mode, byte[] iv, String purpose, byte[] input) {
    Cipher cipher;
    try {
      cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, iv));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(TRANSFORMATION + " is not available in this JVM", e);
    }
    cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
    try {
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // Only decryption can fail here, and the JDK's message names no plaintext.
      throw new PersonalDataIntegrityException(
          "Stored personal data failed authentication (tampered, wrong purpose or wrong key)", e);
    }
  }
}
