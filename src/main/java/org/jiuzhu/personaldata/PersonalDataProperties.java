package org.jiuzhu.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKey       base64 of at least 32 random bytes; also read from env var
 *                        {@code JIUZHU_PERSONALDATA_MASTERKEY}
 * @param generateKeyFile demo runs only: path of a generated master key used when
 *                        {@code masterKey} is not set; blank means none (production)
 */
@ConfigurationProperties("jiuzhu.personal-data")
public record PersonalDataProperties(String masterKey, String generateKeyFile) {

  /** Never prints the key, should the properties ever be logged. */
  @Override
  public String toString() {
    return "PersonalDataProperties[masterKey=" + (masterKey == null ? "unset" : "***")
        + ", generateKeyFile=" + generateKeyFile + "]";
  }
}
