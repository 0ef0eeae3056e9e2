package org.jiuzhu.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度统计: computes a month's figures per county and procedure into {@code monthly_report}. Each figure is one
 * aggregate query over the project's tables and the engine's history, never a loop over cases, so a county's
 * caseload costs the database one scan per figure. A case's county is its {@code countyCode} variable (set when
 * the case opens); the month runs in China time.
 */
@Repository
public class MonthlyFigures {

  /** The procedures whose cases are applications; the running 低保 case is not a new case received. */
  static final List<String> PROCEDURES = List.of("temporary-assistance-unemployed", "emergency-assistance",
      "expenditure-assistance", "dibao-application", "dibao-fast-track");

  // The case's county as recorded on the process instance itself, not a step's local copy.
  private static final String COUNTY_OF = """
      JOIN ACT_HI_VARINST c ON c.PROC_INST_ID_ = %s AND c.NAME_ = 'countyCode' AND c.TASK_ID_ IS NULL
        AND c.EXECUTION_ID_ = c.PROC_INST_ID_
      """;

  private final JdbcClient jdbc;
  private final WorkingDays workingDays;

  public MonthlyFigures(JdbcClient jdbc, WorkingDays workingDays) {
    this.jdbc = jdbc;
    this.workingDays = workingDays;
  }

  /** One county's figures for one procedure; the average is over the steps done in the month. */
  public record Row(String countyCode, String procedureKey, long received, long granted, long refused,
      BigDecimal amountPaid, long stepsDone, long stepWorkingDays, long overdueSteps) {
  }

  /** Computes and stores the month, replacing an earlier run's rows so the timer may safely fire again. */
  @Transactional
  public List<Row> compute(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(ChinaClock.ZONE).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaClock.ZONE).toInstant();
    // The engine writes its times as timestamps in the JVM's zone; Timestamp parameters are read the same way.
    Timestamp start = Timestamp.from(from);
    Timestamp end = Timestamp.from(to);
    Map<String, Builder> rows = new TreeMap<>();

    jdbc.sql("SELECT c.TEXT_, p.PROC_DEF_KEY_, COUNT(*) FROM ACT_HI_PROCINST p " + COUNTY_OF.formatted("p.ID_") + """
             WHERE p.START_TIME_ >= :start AND p.START_TIME_ < :end AND p.PROC_DEF_KEY_ IN (:procedures)
            GROUP BY c.TEXT_, p.PROC_DEF_KEY_""")
        .param("start", start).param("end", end).param("procedures", PROCEDURES)
        .query(rs -> { row(rows, rs.getString(1), rs.getString(2), b -> b.received = rs.getLong(3)); });

    jdbc.sql("""
            SELECT SUBSTRING(township_code, 1, 6), procedure_key,
              SUM(CASE WHEN outcome = 'REFUSED' THEN 0 ELSE 1 END), SUM(CASE WHEN outcome = 'REFUSED' THEN 1 ELSE 0 END)
            FROM case_archive WHERE filed_at >= :start AND filed_at < :end AND procedure_key IN (:procedures)
            GROUP BY SUBSTRING(township_code, 1, 6), procedure_key""")
        .param("start", offset(from)).param("end", offset(to)).param("procedures", PROCEDURES)
        .query(rs -> { row(rows, rs.getString(1), rs.getString(2), b -> {
          b.granted = rs.getLong(3);
          b.refused = rs.getLong(4);
        }); });

    jdbc.sql("SELECT c.TEXT_, p.PROC_DEF_KEY_, SUM(pay.amount) FROM payment pay "
            + "JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = pay.business_key " + COUNTY_OF.formatted("p.ID_") + """
             WHERE pay.paid_at >= :start AND pay.paid_at < :end AND p.PROC_DEF_KEY_ IN (:procedures)
            GROUP BY c.TEXT_, p.PROC_DEF_KEY_""")
        .param("start", offset(from)).param("end", offset(to)).param("procedures", PROCEDURES)
        .query(rs -> { row(rows, rs.getString(1), rs.getString(2), b -> b.amountPaid = rs.getBigDecimal(3)); });

    // Working days follow the holiday file, which the database does not hold: one query brings the month's
    // finished steps, and the calendar counts each.
    jdbc.sql("SELECT c.TEXT_, t.PROC_DEF_KEY_, t.START_TIME_, t.END_TIME_ FROM ACT_HI_TASKINST t "
            + COUNTY_OF.formatted("t.PROC_INST_ID_") + """
             WHERE t.END_TIME_ >= :start AND t.END_TIME_ < :end AND t.DELETE_REASON_ = 'completed'
              AND t.PROC_DEF_KEY_ IN (:procedures)""")
        .param("start", start).param("end", end).param("procedures", PROCEDURES)
        .query(rs -> { row(rows, rs.getString(1), rs.getString(2), b -> {
          b.stepsDone++;
          b.stepWorkingDays += workingDays.workingDaysTaken(new Date(rs.getTimestamp(3).getTime()),
              new Date(rs.getTimestamp(4).getTime()));
        }); });

    // A step due in the month is overdue if it was done after its due date or is still open past it.
    jdbc.sql("SELECT c.TEXT_, t.PROC_DEF_KEY_, COUNT(*) FROM ACT_HI_TASKINST t "
            + COUNTY_OF.formatted("t.PROC_INST_ID_") + """
             WHERE t.DUE_DATE_ >= :start AND t.DUE_DATE_ < :end AND t.DUE_DATE_ < COALESCE(t.END_TIME_, :now)
              AND t.PROC_DEF_KEY_ IN (:procedures)
            GROUP BY c.TEXT_, t.PROC_DEF_KEY_""")
        .param("start", start).param("end", end).param("now", Timestamp.from(ChinaClock.now()))
        .param("procedures", PROCEDURES)
        .query(rs -> { row(rows, rs.getString(1), rs.getString(2), b -> b.overdueSteps = rs.getLong(3)); });

    List<Row> result = rows.values().stream().map(Builder::build).toList();
    jdbc.sql("DELETE FROM monthly_report WHERE report_month = ?").param(month.toString()).update();
    OffsetDateTime now = ChinaClock.nowOffset();
    for (Row r : result) {
      jdbc.sql("""
              INSERT INTO monthly_report (county_code, report_month, procedure_key, received, granted, refused,
                amount_paid, steps_done, step_working_days, overdue_steps, computed_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(r.countyCode(), month.toString(), r.procedureKey(), r.received(), r.granted(), r.refused(),
              r.amountPaid(), r.stepsDone(), r.stepWorkingDays(), r.overdueSteps(), now)
          .update();
    }
    return result;
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant.atZone(ChinaClock.ZONE).toOffsetDateTime();
  }

  private interface Setter {
    void set(Builder builder) throws java.sql.SQLException;
  }

  private static void row(Map<String, Builder> rows, String county, String procedure, Setter setter)
      throws java.sql.SQLException {
    setter.set(rows.computeIfAbsent(county + "/" + procedure, k -> new Builder(county, procedure)));
  }

  private static final class Builder {
    final String county;
    final String procedure;
    long received;
    long granted;
    long refused;
    BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);
    long stepsDone;
    long stepWorkingDays;
    long overdueSteps;

    Builder(String county, String procedure) {
      this.county = county;
      this.procedure = procedure;
    }

    Row build() {
      return new Row(county, procedure, received, granted, refused, amountPaid, stepsDone, stepWorkingDays,
          overdueSteps);
    }
  }
}
