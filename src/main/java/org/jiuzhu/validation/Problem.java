package org.jiuzhu.validation;

/** One broken rule: the variable (form field) it concerns and the rule, in Chinese, for the person entering it. */
public record Problem(String field, String rule) {

  @Override
  public String toString() {
    return field + "：" + rule;
  }
}
