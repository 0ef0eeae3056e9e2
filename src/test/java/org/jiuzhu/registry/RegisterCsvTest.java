package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiuzhu.registry.RegisterCsv.LineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterCsvTest {

  static final String GOOD = "11010519491231002X,DIBAO,11,110105,2024-01-01,\n";

  @Test
  void readsEveryLineWithTheHashInsteadOfTheNumber() {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(RegisterCsv.HEADER + "\r\n" + GOOD
        + "\n220102198001011234,TEKUN,22,220102,2023-05-01,2024-04-30\n", id -> "hash-" + id.substring(14));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.lineNumbers()).containsExactly(2, 4);
    assertThat(parsed.enrolments()).containsExactly(
        new Enrolment("hash-002X", RegisterType.DIBAO, "11", "110105", LocalDate.of(2024, 1, 1), null),
        new Enrolment("hash-1234", RegisterType.TEKUN, "22", "220102", LocalDate.of(2023, 5, 1), LocalDate.of(2024, 4, 30)));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "11010519491231002Y,DIBAO,11,110105,2024-01-01,    | id_number",
      "11010519491231002X,WUBAO,11,110105,2024-01-01,    | type",
      "11010519491231002X,DIBAO,1,110105,2024-01-01,     | province_code",
      "11010519491231002X,DIBAO,11,220102,2024-01-01,    | county_code",
      "11010519491231002X,DIBAO,11,110105,2024-02-30,    | from",
      "11010519491231002X,DIBAO,11,110105,,              | from",
      "11010519491231002X,DIBAO,11,110105,2024-01-01,2023-12-31 | ended_on",
      "11010519491231002X,DIBAO,11,110105,2024-01-01     | line"
  })
  void aBadLineIsReportedWithItsNumberAndColumnAndNothingIsRead(String line, String field) {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(RegisterCsv.HEADER + "\n" + GOOD + line.strip() + "\n", id -> id);

    assertThat(parsed.enrolments()).isEmpty();
    assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, field));
    assertThat(parsed.problems().toString()).doesNotContain("11010519491231002");
  }

  @Test
  void aMissingHeaderOrAnEmptyListIsRefused() {
    assertThat(RegisterCsv.parse(GOOD, id -> id).problems()).extracting(LineProblem::field).containsExactly("header");
    assertThat(RegisterCsv.parse(RegisterCsv.HEADER + "\n", id -> id).problems()).hasSize(1);
    assertThat(RegisterCsv.parse(null, id -> id).problems()).hasSize(1);
  }

  @Test
  void thePovertyListComesWithTheCapacityToWorkNextToTheOtherRegisters() {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(RegisterCsv.HEADER_WITH_WORK_CAPACITY + "\n"
        + "11010519491231002X,DIBAO,11,110105,2024-01-01,,\n"
        + "220102198001011234,POOR,22,220102,2019-05-01,,NONE\n"
        + "220102198001011234,MONITORED,21,210102,2020-05-01,2021-01-01,PARTIAL\n", id -> "hash-" + id.substring(14));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.enrolments()).containsExactly(
        new Enrolment("hash-002X", RegisterType.DIBAO, "11", "110105", LocalDate.of(2024, 1, 1), null),
        new Enrolment("hash-1234", RegisterType.POOR, "22", "220102", LocalDate.of(2019, 5, 1), null, WorkCapacity.NONE),
        new Enrolment("hash-1234", RegisterType.MONITORED, "21", "210102", LocalDate.of(2020, 5, 1),
            LocalDate.of(2021, 1, 1), WorkCapacity.PARTIAL));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "POOR without a capacity to work           | 220102198001011234,POOR,22,220102,2019-05-01,,       | work_capacity",
      "an unknown capacity to work               | 220102198001011234,POOR,22,220102,2019-05-01,,SOME   | work_capacity",
      "a capacity to work on a 低保 line          | 220102198001011234,DIBAO,22,220102,2019-05-01,,NONE  | work_capacity",
      "six columns under the seven-column header | 220102198001011234,POOR,22,220102,2019-05-01,        | line"
  })
  void aBadPovertyLineIsReportedWithItsColumn(String what, String line, String field) {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(RegisterCsv.HEADER_WITH_WORK_CAPACITY + "\n" + line.strip() + "\n",
        id -> id);

    assertThat(parsed.enrolments()).isEmpty();
    assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, field));
  }

  @Test
  void aPovertyLineUnderTheOldHeaderNamesTheMissingColumn() {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(RegisterCsv.HEADER + "\n220102198001011234,POOR,22,220102,2019-05-01,\n",
        id -> id);

    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("work_capacity");
      assertThat(p.rule()).contains("work_capacity 列");
    });
  }
}
