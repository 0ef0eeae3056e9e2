package org.jiuzhu.integrity;

/**
 * A refused attempt worth a line in the audit trail: who tried what. Recorded after the attempt has rolled
 * back, so the record outlives it; never with the values sent, only their names.
 */
interface Audited {

  /**
   * @param action      what was attempted, in Chinese (e.g. 拒绝：提交未声明的变量)
   * @param detail      the names or ids concerned; never values
   * @param businessKey the case concerned, when known
   * @param countyCode  its county, when known
   */
  record Note(String action, String detail, String businessKey, String countyCode) {
  }

  Note note();
}
