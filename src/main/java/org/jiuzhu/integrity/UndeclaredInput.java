package org.jiuzhu.integrity;

import java.util.List;
import java.util.stream.Collectors;

import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;

/** Input a start or step does not declare (or of a type it never takes): refused like any bad input, and audited. */
class UndeclaredInput extends InvalidInputException implements Audited {

  private final Note note;

  UndeclaredInput(String what, List<Problem> problems, String action, String businessKey, String countyCode) {
    super(what, problems);
    this.note = new Note(action, problems.stream().map(Problem::field).distinct().collect(Collectors.joining(",")),
        businessKey, countyCode);
  }

  @Override
  public Note note() {
    return note;
  }
}
