package org.jiuzhu.supervision;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An index on the open steps' due dates, which the engine does not create: the 逾期督办 page and Tasklist's
 * overdue filters then read only the steps due by today, not every open step. Made at start, after the engine
 * has created its tables (a Flyway migration runs before that on a new database).
 */
@Component
class DueDateIndex implements ApplicationRunner {

  private final JdbcClient jdbc;

  DueDateIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    jdbc.sql("CREATE INDEX IF NOT EXISTS JIUZHU_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)").update();
  }
}
