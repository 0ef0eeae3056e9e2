package org.jiuzhu.materials;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.calendar.TimeLimits;
import org.jiuzhu.calendar.WorkingDays;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 一次性告知 (002 §五(二)): the verifying unit finds materials missing and lists every one at once; the case then
 * waits {@code jiuzhu.time-limits.supplement} working days for them (补正) instead of being refused.
 */
@Component
public class SupplementRequest {

  public static final String INCOMPLETE = "materialsIncomplete";
  public static final String MISSING = "missingMaterials";
  public static final String MISSING_TEXT = "missingMaterialsText";
  public static final String DUE = "supplementDue";
  public static final String REQUESTED_ON = "supplementRequestedOn";
  static final String NOTE = "supplementNote";

  /** The steps' checkboxes, one per material an applicant hands in, in the order the notice lists them (each step declares its own). */
  static final Map<String, MaterialKind> CHECKBOXES = new LinkedHashMap<>();
  static {
    CHECKBOXES.put("missingApplication", MaterialKind.APPLICATION);
    CHECKBOXES.put("missingHouseholdRegister", MaterialKind.HOUSEHOLD_REGISTER);
    CHECKBOXES.put("missingIdentity", MaterialKind.IDENTITY);
    CHECKBOXES.put("missingCommitment", MaterialKind.COMMITMENT);
    CHECKBOXES.put("missingReceipt", MaterialKind.RECEIPT);
  }

  private final WorkingDays workingDays;
  private final TimeLimits timeLimits;

  SupplementRequest(WorkingDays workingDays, TimeLimits timeLimits) {
    this.workingDays = workingDays;
    this.timeLimits = timeLimits;
  }

  /**
   * Reads the step's 材料不全 decision on completion. When materials are missing, records them with the deadline
   * and answers true: the step's own decision (verified or not) waits until they are in.
   */
  public boolean requested(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Object given = task.getVariable(INCOMPLETE);
    List<Problem> problems = new ArrayList<>();
    boolean incomplete = given != null && Boolean.TRUE.equals(Values.bool(given, INCOMPLETE, problems));
    List<MaterialKind> missing = new ArrayList<>();
    for (Map.Entry<String, MaterialKind> box : CHECKBOXES.entrySet()) {
      Object ticked = task.getVariable(box.getKey());
      if (ticked != null && Boolean.TRUE.equals(Values.bool(ticked, box.getKey(), problems))) {
        missing.add(box.getValue());
      }
      // Ticks answer this request only: a later verification starts with none.
      execution.removeVariable(box.getKey());
    }
    if (incomplete && missing.isEmpty()) {
      problems.add(new Problem(INCOMPLETE, "材料不全的，须一次性勾选全部所缺材料"));
    }
    if (!problems.isEmpty()) {
      InvalidInputException.throwIfAny("一次性告知", problems);
    }
    // Without a request of its own, the step's decision reports whatever else is wrong, all together.
    execution.setVariable(INCOMPLETE, incomplete);
    if (!incomplete) {
      return false;
    }
    execution.setVariable(MISSING, missing.stream().map(Enum::name).collect(Collectors.joining(",")));
    execution.setVariable(MISSING_TEXT, labels(missing));
    execution.setVariable(DUE, workingDays.due(timeLimits.getSupplement()));
    execution.setVariable(REQUESTED_ON, ChinaClock.today().toString());
    return true;
  }

  /** The materials a case's notice listed, from its {@link #MISSING} variable. */
  public static List<MaterialKind> missing(String names) {
    return names == null || names.isBlank() ? List.of()
        : Arrays.stream(names.split(",")).map(n -> MaterialKind.parse(n).orElseThrow()).toList();
  }

  public static String labels(List<MaterialKind> kinds) {
    return kinds.stream().map(MaterialKind::label).collect(Collectors.joining("、"));
  }
}
