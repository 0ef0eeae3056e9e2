package org.jiuzhu.org;

import java.util.Optional;

/** Administrative levels, each with the length of its statistical division code. */
public enum OrgLevel {
  PROVINCE(2, null), CITY(4, "city"), COUNTY(6, "county"), TOWNSHIP(9, "township"), VILLAGE(12, "village");

  private final int codeLength;
  private final String groupPrefix;

  OrgLevel(int codeLength, String groupPrefix) {
    this.codeLength = codeLength;
    this.groupPrefix = groupPrefix;
  }

  public int codeLength() {
    return codeLength;
  }

  /** The unit a group of this level names (village-220102001001 → 220102001001); empty for any other group. */
  public Optional<String> codeOf(String group) {
    String prefix = groupPrefix + "-";
    String code = groupPrefix != null && group.startsWith(prefix) ? group.substring(prefix.length()) : "";
    return code.length() == codeLength && code.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(code)
        : Optional.empty();
  }

  /** The engine group of a unit at this level (contract: village-&lt;12 digits&gt; …). */
  public String groupOf(String code) {
    if (groupPrefix == null || code.length() != codeLength || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(name() + " has no group for code " + code + " (needs " + codeLength + " digits)");
    }
    return groupPrefix + "-" + code;
  }
}
