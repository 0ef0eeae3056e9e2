package org.jiuzhu.org;

public record OrgUnit(String code, String name, OrgLevel level, String parentCode) {

  public String group() {
    return level.groupOf(code);
  }

  /** The county of a county, township or village; null for a city. */
  public String countyCodeOrNull() {
    return code.length() >= OrgLevel.COUNTY.codeLength() ? countyCode() : null;
  }

  /** The county a township or village belongs to: the first 6 digits of its code. */
  public String countyCode() {
    return code.substring(0, OrgLevel.COUNTY.codeLength());
  }
}
