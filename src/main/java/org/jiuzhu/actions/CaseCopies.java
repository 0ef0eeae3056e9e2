package org.jiuzhu.actions;

import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.calendar.ChinaClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 抄送 records: recipients are {@code group:<id>} or {@code user:<id>}; copying twice to the same one stores once. */
@Component
class CaseCopies {

  private final JdbcClient jdbc;

  CaseCopies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String businessKey, String recipient, String copiedBy, String note) {
    try {
      jdbc.sql("""
              INSERT INTO case_copy (business_key, recipient, copied_by, copied_at, note)
              SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS
                (SELECT 1 FROM case_copy WHERE business_key = ? AND recipient = ?)""")
          .params(businessKey, recipient, copiedBy, ChinaClock.nowOffset(), note, businessKey, recipient).update();
    } catch (DuplicateKeyException concurrentCopy) {
      // the same copy made at the same moment: it is stored once, as wanted
    }
  }

  boolean copiedTo(String businessKey, String userId, List<String> groups) {
    List<String> recipients = new ArrayList<>(groups.stream().map(g -> "group:" + g).toList());
    recipients.add("user:" + userId);
    return jdbc.sql("SELECT COUNT(*) FROM case_copy WHERE business_key = :key AND recipient IN (:recipients)")
        .param("key", businessKey).param("recipients", recipients).query(Long.class).single() > 0;
  }
}
