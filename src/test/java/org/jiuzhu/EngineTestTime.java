package org.jiuzhu;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The engine clock and a case's recorded variables, as the process tests move and read them. */
public final class EngineTestTime {

  private EngineTestTime() {
  }

  /** Moves the engine's clock; tests reset it with ClockUtil.reset() after each test. */
  public static void at(OffsetDateTime time) {
    at(time.toInstant());
  }

  public static void at(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }

  public static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  /** The case's variables as history recorded them last, also after it ended. */
  public static Map<String, Object> historicVariables(HistoryService history, ProcessInstance pi) {
    Map<String, Object> vars = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> vars.put(v.getName(), v.getValue()));
    return vars;
  }
}
