package org.jiuzhu.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems the engine's guard found in a start's or step's declared fields (type, length, range), waiting to be
 * reported together with the step's own rules, so the person entering them hears of everything at once. A
 * step whose own rules find nothing still fails on these (see {@link #failure()}).
 */
public final class PendingProblems {

  private record Pending(String what, List<Problem> problems) {
  }

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private PendingProblems() {
  }

  public static void hold(String what, List<Problem> problems) {
    PENDING.set(new Pending(what, List.copyOf(problems)));
  }

  /** The failure the pending problems amount to, if any; they are no longer pending afterwards. */
  public static InvalidInputException failure() {
    Pending pending = PENDING.get();
    PENDING.remove();
    return pending == null ? null : new InvalidInputException(pending.what(), pending.problems());
  }

  /** The pending problems first, then a step's own for the fields they do not already concern. */
  static List<Problem> merge(List<Problem> own) {
    Pending pending = PENDING.get();
    PENDING.remove();
    if (pending == null) {
      return own;
    }
    List<Problem> merged = new ArrayList<>(pending.problems());
    own.stream()
        .filter(problem -> merged.stream().noneMatch(held -> held.field().equals(problem.field())))
        .forEach(merged::add);
    return merged;
  }
}
