package org.jiuzhu.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks the rules, with every problem listed at once (一次性告知). It is a form-field validation
 * error to the engine, so a task completion or form submission is answered 400 and the step stays open.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final String what;
  private final transient List<Problem> problems;
  private final transient Map<String, String> labels;

  public InvalidInputException(String what, List<Problem> problems) {
    this(what, problems, Map.of());
  }

  private InvalidInputException(String what, List<Problem> problems, Map<String, String> labels) {
    super(problems, sentence(what, problems, Problem::field));
    this.what = what;
    this.problems = List.copyOf(problems);
    this.labels = Map.copyOf(labels);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The same problems, to be told to people with each field called by its label (variable name → 中文名称). */
  public InvalidInputException labelled(Map<String, String> labels) {
    InvalidInputException labelled = new InvalidInputException(what, problems, labels);
    labelled.setStackTrace(getStackTrace());
    return labelled;
  }

  /**
   * What the person who entered the input is told: one sentence naming each field by its label where the step
   * declares one. The message itself keeps the variable names, for developers and API clients' logs.
   */
  public String forPeople() {
    return sentence(what, problems, problem -> labels.getOrDefault(problem.field(), problem.field()));
  }

  private static String sentence(String what, List<Problem> problems, Function<Problem, String> name) {
    return what + "不符合要求：" + problems.stream().map(p -> name.apply(p) + "：" + p.rule())
        .collect(Collectors.joining("；"));
  }

  /** Throws if the step's own rules or the guard's checks of its declared fields (pending) found problems. */
  public static void throwIfAny(String what, List<Problem> problems) {
    List<Problem> all = PendingProblems.merge(problems);
    if (!all.isEmpty()) {
      throw new InvalidInputException(what, all);
    }
  }
}
