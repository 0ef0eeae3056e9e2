package org.jiuzhu.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jiuzhu.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  @Test
  void decisionsAreToldByTheFormsNamesAndAnOpinionWithSemicolonsStaysWhole() {
    assertThat(Timeline.said("townshipApproved=false; townshipOpinion=收入超标; 另有房产; approvedAmount=800.00",
        Map.of("townshipApproved", "是否同意救助", "townshipOpinion", "复核意见")))
        .containsExactly("是否同意救助：否", "复核意见：收入超标; 另有房产", "approvedAmount：800.00");
    assertThat(Timeline.said(null, Map.of())).isEmpty();
  }

  @Test
  void looksAtPersonalDataClaimsAndRefusalsAreNotDecisions() {
    List<AuditEvent> trail = List.of(
        new AuditEvent(1, T, "clerk1", "LSJZ-2026-000001", "220102", "受理申请", null),
        new AuditEvent(2, T, "clerk1", "LSJZ-2026-000001", "220102", "认领/指派：村（社区）调查核实", "办理人 clerk1"),
        new AuditEvent(3, T, "clerk1", "LSJZ-2026-000001", "220102", "查看完整个人信息", null),
        new AuditEvent(4, T, "clerk2", "LSJZ-2026-000001", "220102", "拒绝查看完整个人信息", null),
        new AuditEvent(5, T, "clerk1", "LSJZ-2026-000001", "220102", "完成：村（社区）调查核实", "villageVerified=true"));

    Timeline.View view = Timeline.of("LSJZ-2026-000001", List.of(), trail, Map.of("villageVerified", "情况是否属实"));

    assertThat(view.entries()).extracting(Timeline.Entry::what).containsExactly("受理申请", "完成：村（社区）调查核实");
    assertThat(view.entries().get(1).said()).containsExactly("情况是否属实：是");
  }
}
