package org.jiuzhu.personaldata;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps applicants' ID and bank account numbers encrypted in {@code applicant_personal_data}.
 * Cases and workflow variables carry only the returned reference and a masked value.
 */
@Repository
public class PersonalDataVault {

  // The ref is part of each purpose so a ciphertext copied to another row fails to decrypt
  // (say, someone else's bank account swapped in to divert a payment).
  private static final String ID_NUMBER_PURPOSE = "applicant_personal_data.id_number_cipher/";
  private static final String BANK_ACCOUNT_PURPOSE = "applicant_personal_data.bank_account_cipher/";

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  public PersonalDataVault(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /**
   * @param bankAccount may be null
   * @return the new reference
   * @throws IllegalArgumentException with the broken rule (never the value) if a number is invalid
   */
  public String store(String idNumber, String bankAccount) {
    ResidentIdNumber.problem(idNumber).ifPresent(PersonalDataVault::reject);
    if (bankAccount != null) {
      BankAccountNumber.problem(bankAccount).ifPresent(PersonalDataVault::reject);
    }
    String ref = UUID.randomUUID().toString();
    String id = ResidentIdNumber.normalise(idNumber);
    String bankCipher = bankAccount == null
        ? null
        : cipher.encrypt(BankAccountNumber.normalise(bankAccount), BANK_ACCOUNT_PURPOSE + ref);
    jdbc.sql("""
        INSERT INTO applicant_personal_data
          (ref, id_number_hash, id_number_cipher, bank_account_cipher, created_at)
        VALUES (:ref, :hash, :idCipher, :bankCipher, CURRENT_TIMESTAMP)
        """)
        .param("ref", ref)
        .param("hash", cipher.lookupHash(id))
        .param("idCipher", cipher.encrypt(id, ID_NUMBER_PURPOSE + ref))
        .param("bankCipher", bankCipher)
        .update();
    return ref;
  }

  /** Keyed hash of the stored ID number, for finding other applications by the same person. */
  public String idNumberHash(String ref) {
    return row(ref).idNumberHash();
  }

  public String revealIdNumber(String ref) {
    return cipher.decrypt(row(ref).idNumberCipher(), ID_NUMBER_PURPOSE + ref);
  }

  /** @return null when no bank account was stored */
  public String revealBankAccount(String ref) {
    String stored = row(ref).bankAccountCipher();
    return stored == null ? null : cipher.decrypt(stored, BANK_ACCOUNT_PURPOSE + ref);
  }

  /** The value {@link #idNumberHash} holds for this ID number, however it was typed. */
  public String hashOf(String idNumber) {
    return cipher.lookupHash(ResidentIdNumber.normalise(idNumber));
  }

  private Row row(String ref) {
    return jdbc.sql("""
        SELECT id_number_hash, id_number_cipher, bank_account_cipher
        FROM applicant_personal_data WHERE ref = :ref
        """)
        .param("ref", ref)
        .query((rs, rowNum) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional()
        .orElseThrow(() -> new NoSuchElementException("No personal data stored under ref " + ref));
  }

  private static void reject(String problem) {
    throw new IllegalArgumentException(problem);
  }

  private record Row(String idNumberHash, String idNumberCipher, String bankAccountCipher) {
  }
}
