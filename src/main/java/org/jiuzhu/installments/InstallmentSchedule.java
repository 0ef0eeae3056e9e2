package org.jiuzhu.installments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The schedules approvals fixed (installment_plan) and why remaining installments were stopped
 * (installment_stop). Models read pay times from it: {@code ${installmentSchedule.payAt(execution.processBusinessKey, n)}}.
 */
@Repository("installmentSchedule")
public class InstallmentSchedule {

  public static final String PLANNED = "PLANNED";
  public static final String STOPPED = "STOPPED";
  /** Installments are paid when the working day starts, China time. */
  static final LocalTime PAY_TIME = LocalTime.of(9, 0);

  public record Stop(String businessKey, String reason, int paidCount, OffsetDateTime stoppedAt) {
  }

  public record Row(int installment, LocalDate payOn, java.math.BigDecimal amount, String status) {
  }

  // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
  private static final String SELECT_ROW = "SELECT installment, pay_on AS payOn, amount, status FROM installment_plan";

  private final JdbcClient jdbc;

  public InstallmentSchedule(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(String businessKey, InstallmentPlan plan) {
    for (Installment i : plan.installments()) {
      jdbc.sql("INSERT INTO installment_plan (business_key, installment, pay_on, amount, status) VALUES (?, ?, ?, ?, ?)")
          .params(businessKey, i.number(), i.payOn(), i.amount(), PLANNED)
          .update();
    }
  }

  public List<Row> of(String businessKey) {
    return jdbc.sql(SELECT_ROW + " WHERE business_key = ? ORDER BY installment")
        .param(businessKey).query(Row.class).list();
  }

  public Installment installment(String businessKey, int number) {
    Row row = jdbc.sql(SELECT_ROW + " WHERE business_key = ? AND installment = ?")
        .params(businessKey, number).query(Row.class).optional()
        .orElseThrow(() -> new IllegalStateException("no installment " + number + " planned for " + businessKey));
    return new Installment(row.installment(), row.payOn(), row.amount());
  }

  /** When the engine pays installment {@code number}: 09:00 China time on its day (at once if that has passed). */
  public Date payAt(String businessKey, long number) {
    LocalDate day = installment(businessKey, (int) number).payOn();
    return Date.from(day.atTime(PAY_TIME).atZone(ChinaClock.ZONE).toInstant());
  }

  /** Marks the installments not yet paid as stopped and records why; with the engine's transaction. */
  public void stop(Stop stop) {
    jdbc.sql("""
            UPDATE installment_plan SET status = ? WHERE business_key = ? AND status = ?
            AND installment NOT IN (SELECT p.installment FROM payment p WHERE p.business_key = ?)""")
        .params(STOPPED, stop.businessKey(), PLANNED, stop.businessKey())
        .update();
    jdbc.sql("INSERT INTO installment_stop (business_key, reason, paid_count, stopped_at) VALUES (?, ?, ?, ?)")
        .params(stop.businessKey(), stop.reason(), stop.paidCount(), stop.stoppedAt())
        .update();
  }

  public Optional<Stop> stopOf(String businessKey) {
    return jdbc.sql("""
            SELECT business_key AS businessKey, reason, paid_count AS paidCount, stopped_at AS stoppedAt
            FROM installment_stop WHERE business_key = ?""")
        .param(businessKey).query(Stop.class).optional();
  }
}
