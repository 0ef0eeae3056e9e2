package org.jiuzhu.notices;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;

/**
 * The name a notice is issued in: the county's civil-affairs bureau (南关区民政局) when the county decided, the
 * township's government or sub-district office (永安镇人民政府, 幸福街道办事处) when the township did. An
 * application for 行政复议 goes to the county-level people's government either way (行政复议法 2023 第二十四条).
 */
public record IssuingUnit(String name, String reviewBody) {

  public static IssuingUnit of(OrgUnit decided, OrgUnit county) {
    return new IssuingUnit(officialName(decided), county.name() + "人民政府");
  }

  static String officialName(OrgUnit unit) {
    String name = unit.name();
    if (unit.level() == OrgLevel.COUNTY) {
      return name.endsWith("民政局") ? name : name + "民政局";
    }
    if (unit.level() == OrgLevel.TOWNSHIP) {
      if (name.endsWith("街道")) {
        return name + "办事处";
      }
      if (name.endsWith("镇") || name.endsWith("乡")) {
        return name + "人民政府";
      }
    }
    return name;
  }
}
