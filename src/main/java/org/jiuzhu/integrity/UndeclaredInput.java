package org.jiuzhu.integrity;

import java.util.List;
import java.util.stream.Collectors;

import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;

/** Input a start or step does not declare (or of a type it never takes): refused like any bad input, and audited. */
class UndeclaredInput extends InvalidInputException implements Audited {

  private final String businessKey;
  private final String countyCode;
  private final String action;

  UndeclaredInput(String what, List<Problem> problems, String action, String businessKey, String countyCode) {
    super(what, problems);
    this.action = action;
    this.businessKey = businessKey;
    this.countyCode = countyCode;
  }

  @Override
  public String action() {
    return action;
  }

  @Override
  public String detail() {
    return problems().stream().map(Problem::field).distinct().collect(Collectors.joining(","));
  }

  @Override
  public String businessKey() {
    return businessKey;
  }

  @Override
  public String countyCode() {
    return countyCode;
  }
}
