package org.jiuzhu.personaldata;

/** Stored personal data failed authentication: altered, moved to another column or row, or under another key. */
public class PersonalDataIntegrityException extends RuntimeException {

  PersonalDataIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
