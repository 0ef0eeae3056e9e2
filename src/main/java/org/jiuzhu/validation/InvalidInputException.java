package org.jiuzhu.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks the rules, with every problem listed at once (一次性告知). It is a form-field validation
 * error to the engine, so a task completion or form submission is answered 400 and the step stays open.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final transient List<Problem> problems;

  public InvalidInputException(String what, List<Problem> problems) {
    super(problems, what + "不符合要求：" + problems.stream().map(Problem::toString).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Throws if the step's own rules or the guard's checks of its declared fields (pending) found problems. */
  public static void throwIfAny(String what, List<Problem> problems) {
    List<Problem> all = PendingProblems.merge(problems);
    if (!all.isEmpty()) {
      throw new InvalidInputException(what, all);
    }
  }
}
