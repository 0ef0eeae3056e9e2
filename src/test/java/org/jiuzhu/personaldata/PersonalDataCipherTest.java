package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  private static final String ID = "11010519491231002X";
  private static final String PURPOSE = "test.id_number";

  static PersonalDataKeys keys(int fill) {
    byte[] master = new byte[32];
    Arrays.fill(master, (byte) fill);
    return new PersonalDataKeys(master);
  }

  private final PersonalDataCipher cipher = new PersonalDataCipher(keys(1));

  @Test
  void decryptsWhatItEncrypted() {
    String stored = cipher.encrypt(ID, PURPOSE);

    assertThat(stored).doesNotContain(ID);
    assertThat(cipher.decrypt(stored, PURPOSE)).isEqualTo(ID);
  }

  @Test
  void roundTripsNonAsciiText() {
    assertThat(cipher.decrypt(cipher.encrypt("张三 6222", PURPOSE), PURPOSE)).isEqualTo("张三 6222");
  }

  @Test
  void usesFreshIvEachTime() {
    String first = cipher.encrypt(ID, PURPOSE);
    String second = cipher.encrypt(ID, PURPOSE);

    assertThat(first).isNotEqualTo(second);
    assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12))
        .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
  }

  @Test
  void detectsTampering() {
    byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(ID, PURPOSE));
    bytes[bytes.length - 20] ^= 1;
    String tampered = Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.decrypt(tampered, PURPOSE))
        .isInstanceOf(PersonalDataIntegrityException.class)
        .satisfies(e -> assertThat(e.toString()).doesNotContain(ID));
  }

  @Test
  void detectsPurposeMismatch() {
    String stored = cipher.encrypt(ID, PURPOSE);

    assertThatThrownBy(() -> cipher.decrypt(stored, "test.bank_account"))
        .isInstanceOf(PersonalDataIntegrityException.class);
  }

  @Test
  void detectsWrongKey() {
    String stored = cipher.encrypt(ID, PURPOSE);

    assertThatThrownBy(() -> new PersonalDataCipher(keys(2)).decrypt(stored, PURPOSE))
        .isInstanceOf(PersonalDataIntegrityException.class);
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> cipher.decrypt("not base64!", PURPOSE))
        .isInstanceOf(PersonalDataIntegrityException.class);
    assertThatThrownBy(() -> cipher.decrypt("AAAA", PURPOSE))
        .isInstanceOf(PersonalDataIntegrityException.class);
  }

  @Test
  void lookupHashIsDeterministicHexAndDependsOnKey() {
    String hash = cipher.lookupHash(ID);

    assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(cipher.lookupHash(ID));
    assertThat(hash).isNotEqualTo(cipher.lookupHash("110105200002290013"));
    assertThat(new PersonalDataCipher(keys(2)).lookupHash(ID)).isNotEqualTo(hash);
  }

  @Test
  void rejectsShortMasterKey() {
    assertThatThrownBy(() -> new PersonalDataKeys(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
