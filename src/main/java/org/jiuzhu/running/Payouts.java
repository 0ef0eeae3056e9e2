package org.jiuzhu.running;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.payment.Payment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monthly payout's lines and township batches. Cases are read in keyset pages (by case number), so a run
 * holds one page in memory whatever the caseload; the lines' key makes a resumed or repeated run write each case
 * once, and the ledger's key (case, installment = yyyyMM) pays each case once a month.
 */
@Repository
class Payouts {

  record Line(String businessKey, String townshipCode, String status, BigDecimal amount, String reason) {
  }

  /** A township's batch of a month; {@code batchNo} 1 is the month's first, any later one a 补发批次. */
  record Batch(String payoutMonth, String townshipCode, int batchNo, String status, int cases, BigDecimal amount,
      int skipped, String startedBy, String confirmedBy, String note) {
  }

  static final String DUE = "DUE";
  static final String SKIPPED = "SKIPPED";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Payouts(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Where a run of the month resumes: after the last case it has written, or from the start. */
  String lastWritten(YearMonth month) {
    return jdbc.sql("SELECT MAX(business_key) FROM payout_line WHERE payout_month = ?").param(month.toString())
        .query(String.class).optional().orElse("");
  }

  /** The next page of cases not ended, enrolled by the month's end, after a case number. */
  List<RunningCase> page(String after, YearMonth month, int size) {
    // Mapped by hand: the page is the run's hot loop, and the fields read by position are the benefit's few.
    return template.query("""
            SELECT business_key, township_code, county_code, residence, status, single_person_share, paid_through
            FROM running_case WHERE business_key > ? AND status <> 'ENDED' AND enrolled_from <= ?
            ORDER BY business_key FETCH FIRST ? ROWS ONLY""",
        (rs, i) -> new RunningCase(rs.getString(1), null, null, rs.getString(4), rs.getString(3), rs.getString(2), null,
            null, rs.getString(5), rs.getBigDecimal(6), false, null, rs.getObject(7, LocalDate.class), null),
        after, month.atEndOfMonth(), size);
  }

  /** The members of the cases from one number to another, by case. */
  Map<String, List<CaseMember>> members(String from, String to) {
    Map<String, List<CaseMember>> byCase = new HashMap<>();
    template.query("""
            SELECT business_key, line, monthly_income, works_away, birth_date, seriously_ill, seriously_disabled
            FROM running_case_member WHERE business_key >= ? AND business_key <= ? ORDER BY business_key, line""",
        rs -> {
          byCase.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseMember(rs.getInt(2),
              rs.getBigDecimal(3), rs.getBoolean(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getBoolean(7)));
        }, from, to);
    return byCase;
  }

  void write(YearMonth month, List<Line> lines) {
    template.batchUpdate("""
            INSERT INTO payout_line (payout_month, business_key, township_code, status, amount, reason)
            VALUES (?, ?, ?, ?, ?, ?)""", lines, lines.size(), (ps, l) -> {
          ps.setString(1, month.toString());
          ps.setString(2, l.businessKey());
          ps.setString(3, l.townshipCode());
          ps.setString(4, l.status());
          ps.setBigDecimal(5, l.amount());
          ps.setString(6, l.reason());
        });
  }

  /**
   * Sums each township's lines in no confirmed batch and not yet paid into a new batch, for the county to confirm:
   * the month's first, or a supplementary one (补发批次) for cases enrolled after the township's batch was released.
   * Unconfirmed batches of the month are prepared afresh. A township with nothing left to pay gets no batch.
   * Answers the townships to confirm.
   */
  List<String> prepareBatches(YearMonth month, String startedBy) {
    int installment = installment(month);
    jdbc.sql("""
            UPDATE payout_line SET batch_no = NULL WHERE payout_month = ? AND EXISTS (SELECT 1 FROM payout_batch b
              WHERE b.payout_month = payout_line.payout_month AND b.township_code = payout_line.township_code
                AND b.batch_no = payout_line.batch_no AND b.status IN ('PREPARED', 'HELD'))""")
        .param(month.toString()).update();
    jdbc.sql("DELETE FROM payout_batch WHERE payout_month = ? AND status IN ('PREPARED', 'HELD')")
        .param(month.toString()).update();
    jdbc.sql("""
            INSERT INTO payout_batch (payout_month, township_code, batch_no, status, cases, amount, skipped, started_by)
            SELECT l.payout_month, l.township_code,
              COALESCE((SELECT MAX(b.batch_no) FROM payout_batch b WHERE b.payout_month = l.payout_month
                AND b.township_code = l.township_code), 0) + 1, 'PREPARED',
              SUM(CASE WHEN l.status = 'DUE' THEN 1 ELSE 0 END),
              COALESCE(SUM(CASE WHEN l.status = 'DUE' THEN l.amount END), 0),
              SUM(CASE WHEN l.status = 'SKIPPED' THEN 1 ELSE 0 END), ?
            FROM payout_line l
            WHERE l.payout_month = ? AND l.batch_no IS NULL AND NOT EXISTS (
              SELECT 1 FROM payment p WHERE p.business_key = l.business_key AND p.installment = ?)
            GROUP BY l.payout_month, l.township_code
            HAVING SUM(CASE WHEN l.status = 'DUE' THEN 1 ELSE 0 END) > 0""")
        .params(startedBy, month.toString(), installment).update();
    jdbc.sql("""
            UPDATE payout_line SET batch_no = (SELECT b.batch_no FROM payout_batch b
              WHERE b.payout_month = payout_line.payout_month AND b.township_code = payout_line.township_code
                AND b.status = 'PREPARED')
            WHERE payout_month = ? AND batch_no IS NULL AND EXISTS (SELECT 1 FROM payout_batch b
              WHERE b.payout_month = payout_line.payout_month AND b.township_code = payout_line.township_code
                AND b.status = 'PREPARED') AND NOT EXISTS (
              SELECT 1 FROM payment p WHERE p.business_key = payout_line.business_key AND p.installment = ?)""")
        .params(month.toString(), installment).update();
    return jdbc.sql("""
            SELECT township_code FROM payout_batch WHERE payout_month = ? AND status = 'PREPARED'
            ORDER BY township_code""")
        .param(month.toString()).query(String.class).list();
  }

  /** The township's latest batch of the month. */
  Optional<Batch> batch(YearMonth month, String townshipCode) {
    return jdbc.sql("""
            SELECT payout_month AS payoutMonth, township_code AS townshipCode, batch_no AS batchNo, status, cases,
              amount, skipped, started_by AS startedBy, confirmed_by AS confirmedBy, note FROM payout_batch
            WHERE payout_month = ? AND township_code = ? ORDER BY batch_no DESC FETCH FIRST 1 ROWS ONLY""")
        .params(month.toString(), townshipCode).query(Batch.class).optional();
  }

  /**
   * 发放: writes one ledger line per case due in the township's batch awaiting confirmation that is not yet paid
   * this month, in one statement: exactly the lines the county confirmed. The ledger's key keeps a concurrent or
   * repeated release from paying twice, and a batch already released is not released again. Answers how many it paid.
   */
  int release(YearMonth month, String townshipCode, String confirmedBy, String note) {
    int installment = installment(month);
    int paid = jdbc.sql("""
            INSERT INTO payment (business_key, installment, amount, status, applicant_ref, paid_at, period)
            SELECT l.business_key, ?, l.amount, ?, c.payee_ref, ?, l.payout_month
            FROM payout_line l JOIN running_case c ON c.business_key = l.business_key
            WHERE l.payout_month = ? AND l.township_code = ? AND l.status = 'DUE' AND l.batch_no = (
                SELECT b.batch_no FROM payout_batch b WHERE b.payout_month = l.payout_month
                  AND b.township_code = l.township_code AND b.status = 'PREPARED')
              AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.business_key = l.business_key AND p.installment = ?)""")
        .params(installment, Payment.PAID, Timestamp.from(ChinaClock.now()), month.toString(), townshipCode,
            installment)
        .update();
    close(month, townshipCode, "RELEASED", confirmedBy, note);
    return paid;
  }

  void hold(YearMonth month, String townshipCode, String confirmedBy, String note) {
    close(month, townshipCode, "HELD", confirmedBy, note);
  }

  private void close(YearMonth month, String townshipCode, String status, String confirmedBy, String note) {
    jdbc.sql("""
            UPDATE payout_batch SET status = ?, confirmed_by = ?, note = ?, released_at = ?
            WHERE payout_month = ? AND township_code = ? AND status = 'PREPARED'""")
        .params(status, confirmedBy, note, ChinaClock.nowOffset(), month.toString(), townshipCode).update();
  }

  /** The ledger's installment of a monthly payment: the month as yyyyMM. */
  static int installment(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }
}
