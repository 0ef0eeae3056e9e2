package org.jiuzhu.integrity;

/**
 * A refused attempt worth a line in the audit trail: who tried what. Recorded after the attempt has rolled
 * back, so the record outlives it; never with the values sent, only their names.
 */
interface Audited {

  /** What was attempted, in Chinese (e.g. 拒绝：提交未声明的变量). */
  String action();

  /** The names or ids concerned; never values. */
  String detail();

  /** The case concerned, when known. */
  String businessKey();

  String countyCode();
}
