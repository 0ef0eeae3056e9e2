package org.jiuzhu.casefile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 我经手的案件: the cases one person opened or worked a step of, newest first, each once, with what they did in it
 * and where the case stands now, told the way staff say it. Plain, so it is tested without an engine.
 */
public final class HandledCases {

  static final String OPENED = "受理（发起申请）";

  /** One thing the person did: opened the case (step null) or completed a step of it. */
  public record Handling(String processInstanceId, String step, OffsetDateTime at) {
  }

  /**
   * A case as the engine tells it: {@code state} is the history's (ACTIVE, COMPLETED, …), {@code outcome} the
   * case variable (PAID, REFUSED, STOPPED), {@code openSteps} the steps waiting now.
   */
  public record Case(String processInstanceId, String caseNumber, String procedure, String applicantName,
      String state, String outcome, List<String> openSteps, String refusalNoticeUrl) {
  }

  /** One line of the page: the case, what the person did, when last, and where it stands. */
  public record Line(String caseNumber, String procedure, String applicantName, List<String> myHandling,
      OffsetDateTime lastHandledAt, String status, boolean refused, String refusalNoticeUrl) {
  }

  private HandledCases() {
  }

  /** The lines, latest handling first; handlings of cases the person may not (or no longer) see are left out. */
  public static List<Line> lines(List<Handling> handlings, Map<String, Case> cases) {
    Map<String, List<Handling>> byCase = new LinkedHashMap<>();
    handlings.stream().filter(h -> cases.containsKey(h.processInstanceId()))
        .sorted(Comparator.comparing(Handling::at).reversed())
        .forEach(h -> byCase.computeIfAbsent(h.processInstanceId(), id -> new ArrayList<>()).add(h));
    List<Line> lines = new ArrayList<>();
    byCase.forEach((id, mine) -> {
      Case c = cases.get(id);
      Set<String> what = new LinkedHashSet<>();
      mine.forEach(h -> what.add(h.step() == null ? OPENED : h.step()));
      boolean refused = "REFUSED".equals(c.outcome());
      lines.add(new Line(c.caseNumber(), c.procedure(), c.applicantName(), List.copyOf(what), mine.get(0).at(),
          status(c), refused, refused ? c.refusalNoticeUrl() : null));
    });
    return lines;
  }

  /** Where a case stands, in one phrase. */
  public static String status(Case c) {
    if ("ACTIVE".equals(c.state()) || "SUSPENDED".equals(c.state())) {
      String steps = String.join("、", c.openSteps());
      return steps.isEmpty() ? "办理中" : "办理中：" + steps;
    }
    if ("EXTERNALLY_TERMINATED".equals(c.state()) || "INTERNALLY_TERMINATED".equals(c.state())) {
      return "已撤销";
    }
    return switch (c.outcome() == null ? "" : c.outcome()) {
      case "PAID" -> "已办结：已发放救助金";
      case "REFUSED" -> "已办结：不予救助";
      case "STOPPED" -> "已办结：已停止发放";
      default -> "已办结";
    };
  }
}
