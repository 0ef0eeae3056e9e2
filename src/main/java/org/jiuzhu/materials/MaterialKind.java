package org.jiuzhu.materials;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The applicant's materials a case keeps as scans (002 §二(二)2(2): 户口簿, 居民身份证 or 居住证, and the rest). */
public enum MaterialKind {
  APPLICATION("申请书"),
  HOUSEHOLD_REGISTER("户口簿"),
  IDENTITY("居民身份证或居住证"),
  COMMITMENT("承诺书"),
  INVESTIGATION("调查记录"),
  RECEIPT("票据");

  private final String label;

  MaterialKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<MaterialKind> parse(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }

  /** Every kind, for a message: APPLICATION（申请书）、… */
  public static String choices() {
    return Arrays.stream(values()).map(k -> k.name() + "（" + k.label + "）").collect(Collectors.joining("、"));
  }
}
