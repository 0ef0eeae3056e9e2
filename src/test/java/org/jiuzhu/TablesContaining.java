package org.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Where a clear ID or account number could have leaked: every table, engine and project alike, searched as text. */
public final class TablesContaining {

  private TablesContaining() {
  }

  /** The tables of the (H2) test database whose rows contain the text. */
  public static List<String> text(JdbcTemplate jdbc, String text) {
    List<String> tables = jdbc.queryForList(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", String.class);
    assertThat(tables).contains("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "PAYMENT",
        "REGISTER_ENROLMENT");
    return tables.stream().filter(table -> jdbc.queryForList("SELECT * FROM \"" + table + "\"").stream()
        .flatMap(row -> row.values().stream())
        .anyMatch(value -> value != null && (value instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8) : value.toString()).contains(text)))
        .toList();
  }
}
