package org.jiuzhu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The 逾期督办 page from the rows the queries return, without an engine. */
class OverdueBoardTest {

  static final Date NOW = date("2026-03-09T14:00:00+08:00");
  static final Map<String, String> UNITS = Map.of("220102001", "幸福街道", "220102002", "永安镇",
      "220102001001", "幸福社区", "220102", "南关区");

  @Test
  void countsAddUpPerTownshipAndProcedureBusiestFirst() {
    OverdueBoard board = board(List.of(
        new StepCountRow("220102001", "p1", "未参保失业人员临时救助", 2, 1),
        new StepCountRow("220102002", "p1", "未参保失业人员临时救助", 1, 1),
        new StepCountRow("220102002", "p3", "支出型临时救助", 3, 0)), List.of());

    assertThat(board.total()).isEqualTo(6);
    assertThat(board.overdue()).isEqualTo(2);
    assertThat(board.dueToday()).isEqualTo(4);
    assertThat(board.byTownship()).extracting(OverdueBoard.Count::code, OverdueBoard.Count::name,
            OverdueBoard.Count::steps, OverdueBoard.Count::overdue)
        .containsExactly(tuple("220102002", "永安镇", 4L, 1L), tuple("220102001", "幸福街道", 2L, 1L));
    assertThat(board.byProcedure()).extracting(OverdueBoard.Count::code, OverdueBoard.Count::steps)
        .containsExactly(tuple("p1", 3L), tuple("p3", 3L));
  }

  @Test
  void eachStepNamesItsUnitAndIsOverdueOnlyPastItsDueTime() {
    OverdueBoard board = board(List.of(new StepCountRow("220102001", "p1", "未参保失业人员临时救助", 3, 2)), List.of(
        row("t1", date("2026-03-04T17:30:00+08:00"), "township-220102001"),
        row("t2", date("2026-03-09T13:59:00+08:00"), "village-220102001001"),
        row("t3", date("2026-03-09T17:30:00+08:00"), "county-220102")));

    assertThat(board.steps()).extracting(OverdueBoard.Step::taskId, OverdueBoard.Step::unit, OverdueBoard.Step::due,
            OverdueBoard.Step::status, OverdueBoard.Step::workingDaysOverdue, OverdueBoard.Step::township)
        .containsExactly(
            tuple("t1", "幸福街道", "2026-03-04T17:30:00+08:00", OverdueBoard.OVERDUE, 3, "幸福街道"),
            tuple("t2", "幸福社区", "2026-03-09T13:59:00+08:00", OverdueBoard.OVERDUE, 0, "幸福街道"),
            tuple("t3", "南关区", "2026-03-09T17:30:00+08:00", OverdueBoard.DUE_TODAY, 0, "幸福街道"));
    assertThat(board.today()).isEqualTo("2026-03-09");
  }

  @Test
  void aStepWithoutACandidateGroupOrTownshipStillShows() {
    OverdueStepRow row = new OverdueStepRow("t", "某环节", "Task_X", date("2026-03-04T17:30:00+08:00"), 50, "pi",
        "LSJZ-2026-000001", "p1", "未参保失业人员临时救助", null, null);
    OverdueBoard board = board(List.of(new StepCountRow(null, "p1", "未参保失业人员临时救助", 1, 1)), List.of(row));

    assertThat(board.steps()).singleElement().satisfies(step -> {
      assertThat(step.unit()).isNull();
      assertThat(step.township()).isNull();
    });
    assertThat(board.byTownship()).singleElement().satisfies(count -> assertThat(count.name()).isNull());
  }

  private static OverdueBoard board(List<StepCountRow> counts, List<OverdueStepRow> page) {
    // Lateness as the calendar counts it from 9 March: due 4 March is late on 5, 6 and 9 March.
    return OverdueBoard.of(NOW, LocalDate.of(2026, 3, 9), counts, page,
        due -> due.toInstant().isBefore(date("2026-03-05T00:00:00+08:00").toInstant()) ? 3 : 0,
        code -> UNITS.getOrDefault(code, code), 0, 50);
  }

  private static OverdueStepRow row(String taskId, Date due, String unitGroup) {
    return new OverdueStepRow(taskId, "环节", "Task_X", due, 50, "pi-" + taskId, "LSJZ-2026-00000" + taskId.substring(1),
        "p1", "未参保失业人员临时救助", "220102001", unitGroup);
  }

  private static Date date(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }
}
