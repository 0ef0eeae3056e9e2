package org.jiuzhu.running;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.context.Context;
import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The running cases, their members and their history of changes. */
@Repository
class RunningCases {

  // Columns carry the record's component names: mapping by name otherwise makes H2 throw and trace first.
  private static final String SELECT_CASE = """
      SELECT business_key AS businessKey, application_key AS applicationKey, assistance_type AS assistanceType,
        residence, county_code AS countyCode, township_code AS townshipCode, village_code AS villageCode,
        payee_ref AS payeeRef, status, single_person_share AS singlePersonShare, unstable_income AS unstableIncome,
        enrolled_from AS enrolledFrom, paid_through AS paidThrough, ended_on AS endedOn FROM running_case
      """;

  private final JdbcClient jdbc;

  RunningCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(RunningCase c, List<CaseMember> members) {
    jdbc.sql("""
            INSERT INTO running_case (business_key, application_key, assistance_type, residence, county_code,
              township_code, village_code, payee_ref, status, single_person_share, unstable_income, enrolled_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.businessKey(), c.applicationKey(), c.assistanceType(), c.residence(), c.countyCode(),
            c.townshipCode(), c.villageCode(), c.payeeRef(), c.status(), c.singlePersonShare(), c.unstableIncome(),
            c.enrolledFrom())
        .update();
    for (CaseMember m : members) {
      jdbc.sql("""
              INSERT INTO running_case_member (business_key, line, monthly_income, works_away, birth_date,
                seriously_ill, seriously_disabled) VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(c.businessKey(), m.line(), m.monthlyIncome(), m.worksAway(), m.birthDate(), m.seriouslyIll(),
              m.seriouslyDisabled())
          .update();
    }
  }

  RunningCase get(String businessKey) {
    return find(businessKey).orElseThrow(() -> new IllegalStateException("no running case " + businessKey));
  }

  Optional<RunningCase> find(String businessKey) {
    return jdbc.sql(SELECT_CASE + "WHERE business_key = ?").param(businessKey).query(RunningCase.class).optional();
  }

  List<CaseMember> members(String businessKey) {
    return jdbc.sql("""
            SELECT line, monthly_income AS monthlyIncome, works_away AS worksAway, birth_date AS birthDate,
              seriously_ill AS seriouslyIll, seriously_disabled AS seriouslyDisabled
            FROM running_case_member WHERE business_key = ? ORDER BY line""")
        .param(businessKey).query(CaseMember.class).list();
  }

  void updateMember(String businessKey, CaseMember m) {
    jdbc.sql("UPDATE running_case_member SET monthly_income = ?, works_away = ? WHERE business_key = ? AND line = ?")
        .params(m.monthlyIncome(), m.worksAway(), businessKey, m.line()).update();
  }

  void setUnstableIncome(String businessKey, boolean unstable) {
    jdbc.sql("UPDATE running_case SET unstable_income = ? WHERE business_key = ?").params(unstable, businessKey)
        .update();
  }

  void setStatus(String businessKey, String status, LocalDate paidThrough, LocalDate endedOn) {
    jdbc.sql("UPDATE running_case SET status = ?, paid_through = ?, ended_on = ? WHERE business_key = ?")
        .params(status, paidThrough, endedOn, businessKey).update();
  }

  /** Who changes a case in this command: the user who completed the step, or the system for timers and jobs. */
  static String actor() {
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    return user == null ? AuditTrail.SYSTEM : user;
  }

  void record(String businessKey, String userId, String what, String oldValue, String newValue, String reason) {
    jdbc.sql("""
            INSERT INTO running_case_history (business_key, changed_at, changed_by, what, old_value, new_value, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(businessKey, ChinaClock.nowOffset(), userId, what, oldValue, newValue, reason)
        .update();
  }

  /** The case's changes, oldest first. */
  List<HistoryEntry> history(String businessKey) {
    return jdbc.sql("""
            SELECT changed_at AS changedAt, changed_by AS changedBy, what, old_value AS oldValue,
              new_value AS newValue, reason FROM running_case_history WHERE business_key = ? ORDER BY id""")
        .param(businessKey).query(HistoryEntry.class).list();
  }
}
