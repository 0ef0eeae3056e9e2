package org.jiuzhu.registry;

/**
 * The registers: 最低生活保障 (低保) and 特困人员救助供养 (特困), which enrolment writes, and the poverty-alleviation
 * department's 建档立卡/脱贫·监测 list, which is imported: POOR for registered poor people not yet lifted out (未脱贫,
 * 返贫 or 新增贫困人口), MONITORED for people lifted out of poverty (脱贫人口) and those monitored against falling
 * back (防止返贫监测对象).
 */
public enum RegisterType {
  DIBAO, TEKUN, POOR, MONITORED;

  /** Whether this is the poverty list (with a capacity to work), not an assistance enrolment. */
  public boolean poverty() {
    return this == POOR || this == MONITORED;
  }

  /** 低保 or 特困: the assistance people receive (P3's exemption from the economic check). */
  public boolean assistance() {
    return !poverty();
  }
}
