package org.jiuzhu.registry;

/** The two registers: 最低生活保障 (低保) and 特困人员救助供养 (特困). */
public enum RegisterType {
  DIBAO, TEKUN
}
