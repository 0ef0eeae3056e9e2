package org.jiuzhu.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jiuzhu.calendar.ChinaClock;

/**
 * The 逾期督办 page as Cockpit shows it: the counts of all steps due by today that the caller may read, per
 * township and per procedure, and one page of those steps, worst (earliest due) first, each with its lateness
 * in working days.
 *
 * @param today    China's date the page was made for
 * @param total    steps due by today, all pages
 * @param overdue  of these, the ones past their due time
 * @param dueToday of these, the ones still due today
 */
public record OverdueBoard(String today, long total, long overdue, long dueToday, List<Count> byTownship,
    List<Count> byProcedure, int firstResult, int maxResults, List<Step> steps) {

  public static final String OVERDUE = "OVERDUE";
  public static final String DUE_TODAY = "DUE_TODAY";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** A township's or procedure's steps due by today, and how many of them are late. */
  public record Count(String code, String name, long steps, long overdue) {
  }

  /**
   * @param due                ISO date-time with China's offset
   * @param status             {@link #OVERDUE} or {@link #DUE_TODAY}
   * @param workingDaysOverdue working days after the due day up to today: 0 on the due day itself
   * @param urged              the last 催办 as the unit's Tasklist card shows it, or null
   */
  public record Step(String taskId, String processInstanceId, String caseNumber, String procedureKey,
      String procedure, String stepKey, String step, String unitGroup, String unit, String townshipCode,
      String township, String due, String status, int workingDaysOverdue, int priority, String assignee,
      String urged) {
  }

  /**
   * @param lateness working days a step due at a time is late by today
   * @param unitName a unit's name by its code (the code itself for an unknown unit)
   */
  static OverdueBoard of(Date now, LocalDate today, List<StepCountRow> counts, List<OverdueStepRow> page,
      ToIntFunction<Date> lateness, Function<String, String> unitName, int firstResult, int maxResults) {
    long total = counts.stream().mapToLong(StepCountRow::getSteps).sum();
    long overdue = counts.stream().mapToLong(StepCountRow::getOverdue).sum();
    List<Count> byTownship = sum(counts, StepCountRow::getTownshipCode,
        row -> row.getTownshipCode() == null ? null : unitName.apply(row.getTownshipCode()));
    List<Count> byProcedure = sum(counts, StepCountRow::getProcedureKey, StepCountRow::getProcedureName);
    List<Step> steps = page.stream().map(row -> {
      String unitCode = row.getUnitGroup() == null ? null : row.getUnitGroup().substring(row.getUnitGroup().indexOf('-') + 1);
      return new Step(row.getTaskId(), row.getProcessInstanceId(), row.getCaseNumber(), row.getProcedureKey(),
          row.getProcedureName(), row.getStepKey(), row.getStepName(), row.getUnitGroup(),
          unitCode == null ? null : unitName.apply(unitCode), row.getTownshipCode(),
          row.getTownshipCode() == null ? null : unitName.apply(row.getTownshipCode()),
          row.getDue().toInstant().atZone(ChinaClock.ZONE).format(DUE),
          row.getDue().before(now) ? OVERDUE : DUE_TODAY, lateness.applyAsInt(row.getDue()), row.getPriority(),
          row.getAssignee(), row.getUrged());
    }).toList();
    return new OverdueBoard(today.toString(), total, overdue, total - overdue, byTownship, byProcedure, firstResult,
        maxResults, steps);
  }

  /** Most steps first, then by code, so the busiest townships and procedures lead. */
  private static List<Count> sum(List<StepCountRow> counts, Function<StepCountRow, String> code,
      Function<StepCountRow, String> name) {
    Map<String, Count> byCode = new LinkedHashMap<>();
    for (StepCountRow row : counts) {
      String key = String.valueOf(code.apply(row));
      Count before = byCode.get(key);
      byCode.put(key, before == null ? new Count(code.apply(row), name.apply(row), row.getSteps(), row.getOverdue())
          : new Count(before.code(), before.name(), before.steps() + row.getSteps(), before.overdue() + row.getOverdue()));
    }
    return byCode.values().stream()
        .sorted(Comparator.comparingLong(Count::steps).reversed().thenComparing(Count::code,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
