package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class PersonalDataVaultTest {

  private static final String ID = "11010519491231002X";
  private static final String ACCOUNT = "6222021234567893445";

  private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
      .generateUniqueName(true)
      .setType(EmbeddedDatabaseType.H2)
      .addScript("db/migration/V2__personal_data.sql")
      .build();
  private final JdbcClient jdbc = JdbcClient.create(database);
  private final PersonalDataVault vault =
      new PersonalDataVault(jdbc, new PersonalDataCipher(PersonalDataCipherTest.keys(1)));

  @AfterEach
  void shutDown() {
    database.shutdown();
  }

  @Test
  void storesNoClearNumbers() {
    String ref = vault.store("11010519491231002x", "6222 0212 3456 7893 445");

    Map<String, Object> row = jdbc.sql("SELECT * FROM applicant_personal_data WHERE ref = :ref")
        .param("ref", ref).query().singleRow();
    assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
        .doesNotContain(ID)
        .doesNotContainIgnoringCase("11010519491231002")
        .doesNotContain(ACCOUNT)
        .doesNotContain("6222 0212"));
    assertThat(row.get("CREATED_AT")).isNotNull();
  }

  @Test
  void revealsNormalisedNumbers() {
    String ref = vault.store(" 11010519491231002x", "6222 0212 3456 7893 445");

    assertThat(ref).hasSize(36);
    assertThat(vault.revealIdNumber(ref)).isEqualTo(ID);
    assertThat(vault.revealBankAccount(ref)).isEqualTo(ACCOUNT);
  }

  @Test
  void bankAccountIsOptional() {
    String ref = vault.store(ID, null);

    assertThat(vault.revealBankAccount(ref)).isNull();
    assertThat(vault.revealIdNumber(ref)).isEqualTo(ID);
  }

  @Test
  void hashFindsTheSamePersonHoweverTyped() {
    String ref = vault.store(ID, ACCOUNT);

    assertThat(vault.idNumberHash(ref))
        .isEqualTo(vault.hashOf("11010519491231002x "))
        .isEqualTo(vault.idNumberHash(vault.store(ID, null)));
  }

  @Test
  void refusesInvalidNumbersWithoutEchoingThem() {
    assertThatThrownBy(() -> vault.store("110105194912310021", ACCOUNT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("校验位")
        .message().doesNotContain("110105194912310021");
    assertThatThrownBy(() -> vault.store(ID, "6222-0212"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("6222");
  }

  @Test
  void cipherMovedToAnotherRowDoesNotDecrypt() {
    String victim = vault.store(ID, ACCOUNT);
    String other = vault.store("110105200002290013", "123456789012");
    jdbc.sql("""
        UPDATE applicant_personal_data SET bank_account_cipher =
          (SELECT bank_account_cipher FROM applicant_personal_data WHERE ref = :other)
        WHERE ref = :victim
        """).param("other", other).param("victim", victim).update();

    assertThatThrownBy(() -> vault.revealBankAccount(victim)).isInstanceOf(PersonalDataIntegrityException.class);
  }

  @Test
  void unknownRefFails() {
    assertThatThrownBy(() -> vault.revealIdNumber("no-such-ref")).isInstanceOf(NoSuchElementException.class);
  }
}
