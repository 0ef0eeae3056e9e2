package org.jiuzhu.actions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiuzhu.audit.AuditEvent;

/**
 * A case's timeline as staff read it: its steps (who handled each, when it opened, its time limit, when it was
 * done) and, oldest first, what was decided and said (受理, each completed step's decision and opinion, returns,
 * events, 催办), from the case's audit trail, which is only ever appended to: an opinion once given stays as given.
 * Looks at personal data and refused attempts are the supervisors' audit trail, not the timeline.
 */
public final class Timeline {

  public record Step(String name, String handler, OffsetDateTime openedAt, OffsetDateTime dueAt, OffsetDateTime doneAt) {
  }

  public record Entry(OffsetDateTime at, String handler, String what, List<String> said) {
  }

  public record View(String caseNumber, List<Step> steps, List<Entry> entries) {
  }

  private static final Set<String> NOT_DECISIONS = Set.of("拒绝", "查看完整个人信息", "认领/指派：", "取消认领：");
  /** The audit trail's "name=value; name=value", split only where a variable name follows. */
  private static final Pattern PAIRS = Pattern.compile("; (?=[a-zA-Z][a-zA-Z0-9]*=)");

  private Timeline() {
  }

  /** {@code labels}: variable name → 中文名称 from the case's model, so values are told by the names on the forms. */
  public static View of(String caseNumber, List<Step> steps, List<AuditEvent> trail, Map<String, String> labels) {
    List<Step> ordered = new ArrayList<>(steps);
    ordered.sort(Comparator.comparing(Step::openedAt));
    List<Entry> entries = trail.stream()
        .filter(e -> NOT_DECISIONS.stream().noneMatch(e.action()::startsWith))
        .map(e -> new Entry(e.occurredAt(), e.userId(), e.action(), said(e.detail(), labels)))
        .toList();
    return new View(caseNumber, ordered, entries);
  }

  static List<String> said(String detail, Map<String, String> labels) {
    if (detail == null || detail.isBlank()) {
      return List.of();
    }
    return PAIRS.splitAsStream(detail).map(pair -> {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        return pair;
      }
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      return labels.getOrDefault(name, name) + "：" + ("true".equals(value) ? "是" : "false".equals(value) ? "否" : value);
    }).toList();
  }
}
