package org.jiuzhu.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jiuzhu.casefile.HandledCases.Case;
import org.jiuzhu.casefile.HandledCases.Handling;
import org.jiuzhu.casefile.HandledCases.Line;
import org.junit.jupiter.api.Test;

/** 我经手的案件 without an engine: one line per case, newest handling first, the state as staff say it. */
class HandledCasesTest {

  private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T09:00:00+08:00");

  private static Case running(String id, String... openSteps) {
    return new Case(id, "LSJZ-2026-00000" + id, "未参保失业人员临时救助", "张三", "ACTIVE", null, List.of(openSteps), null);
  }

  @Test
  void eachCaseOnceWithWhatThePersonDidLatestFirst() {
    Map<String, Case> cases = Map.of("1", running("1", "乡镇（街道）复核"), "2", running("2", "村（社区）调查核实"));
    List<Line> lines = HandledCases.lines(List.of(
        new Handling("1", null, MONDAY),
        new Handling("2", null, MONDAY.plusHours(1)),
        new Handling("1", "村（社区）调查核实", MONDAY.plusHours(2))), cases);

    assertThat(lines).extracting(Line::caseNumber).containsExactly("LSJZ-2026-000001", "LSJZ-2026-000002");
    assertThat(lines.get(0).myHandling()).containsExactly("村（社区）调查核实", HandledCases.OPENED);
    assertThat(lines.get(0).lastHandledAt()).isEqualTo(MONDAY.plusHours(2));
    assertThat(lines.get(0).status()).isEqualTo("办理中：乡镇（街道）复核");
  }

  @Test
  void aCaseThePersonMayNotSeeIsLeftOut() {
    assertThat(HandledCases.lines(List.of(new Handling("9", "村（社区）调查核实", MONDAY)), Map.of())).isEmpty();
  }

  @Test
  void aRefusedCaseSaysSoAndLinksItsNotice() {
    Case refused = new Case("3", "LSJZ-2026-000003", "未参保失业人员临时救助", "李四", "COMPLETED", "REFUSED", List.of(),
        "/api/cases/LSJZ-2026-000003/refusal-notice");
    Line line = HandledCases.lines(List.of(new Handling("3", null, MONDAY)), Map.of("3", refused)).get(0);

    assertThat(line.status()).isEqualTo("已办结：不予救助");
    assertThat(line.refused()).isTrue();
    assertThat(line.refusalNoticeUrl()).isEqualTo("/api/cases/LSJZ-2026-000003/refusal-notice");
  }

  @Test
  void theStateOfEveryKindOfCase() {
    Case paid = new Case("4", "K", "P", "A", "COMPLETED", "PAID", List.of(), null);
    assertThat(HandledCases.status(paid)).isEqualTo("已办结：已发放救助金");
    assertThat(HandledCases.status(new Case("5", "K", "P", "A", "COMPLETED", "STOPPED", List.of(), null)))
        .isEqualTo("已办结：已停止发放");
    assertThat(HandledCases.status(new Case("6", "K", "P", "A", "EXTERNALLY_TERMINATED", null, List.of(), null)))
        .isEqualTo("已撤销");
    assertThat(HandledCases.status(running("7"))).isEqualTo("办理中");
  }
}
