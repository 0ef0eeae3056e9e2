package org.jiuzhu.registry;

/** 劳动能力 as the 建档立卡/脱贫·监测 list records it. */
public enum WorkCapacity {
  /** 有劳动能力 */
  FULL,
  /** 部分丧失劳动能力 */
  PARTIAL,
  /** 丧失劳动能力 */
  NONE;

  /** 丧失劳动能力或部分丧失劳动能力 (002 §一(二)). */
  public boolean lost() {
    return this != FULL;
  }
}
