package org.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidayTableTest {

  static final Path SHIPPED_FILE = Path.of("calendar/cn-public-holidays.csv");

  @Test
  void shippedFileCovers2019To2026() throws IOException {
    try (Reader reader = Files.newBufferedReader(SHIPPED_FILE, StandardCharsets.UTF_8)) {
      HolidayTable table = HolidayTable.parse(reader);

      assertThat(table.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
      assertThat(table.isOffDay(LocalDate.of(2026, 10, 1))).isTrue();
      assertThat(table.isExtraWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
      assertThat(table.isOffDay(LocalDate.of(2026, 9, 30))).isFalse();
      assertThat(table.isExtraWorkingDay(LocalDate.of(2026, 9, 30))).isFalse();
    }
  }

  @Test
  void ignoresBlankLinesByteOrderMarkAndWindowsLineEnds() {
    HolidayTable table = HolidayTable.parse("\uFEFF" + HolidayTable.HEADER + "\r\n\r\n"
        + "2027-01-01,off,元旦,New Year's Day\r\n   \r\n"
        + "2027-02-06,work,春节,Spring Festival\r\n");

    assertThat(table.years()).containsExactly(2027);
    assertThat(table.isOffDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(table.isExtraWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
  }

  @Test
  void repeatedLineIsHarmless() {
    HolidayTable table = HolidayTable.parse(HolidayTable.HEADER + "\n"
        + "2027-01-01,off,元旦,New Year's Day\n"
        + "2027-01-01,off,元旦,New Year's Day\n");

    assertThat(table.isOffDay(LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void badDateNamesTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse(HolidayTable.HEADER + "\n\n"
            + "2027-01-01,off,元旦,New Year's Day\n"
            + "2027-02-30,off,春节,Spring Festival\n"))
        .withMessage("line 4: bad date '2027-02-30' (expected yyyy-MM-dd)");
  }

  @Test
  void unknownKindNamesTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse(HolidayTable.HEADER + "\n"
            + "2027-01-01,holiday,元旦,New Year's Day\n"))
        .withMessage("line 2: unknown kind 'holiday' (expected off or work)");
  }

  @Test
  void wrongNumberOfColumnsNamesTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse(HolidayTable.HEADER + "\n"
            + "2027-01-01,off,元旦,New Year's Day\n"
            + "2027-01-02,off\n"))
        .withMessage("line 3: expected 4 columns (date,kind,name_zh,name_en) but found 2");
  }

  @Test
  void sameDateWithBothKindsNamesBothLines() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse(HolidayTable.HEADER + "\n"
            + "2027-01-01,off,元旦,New Year's Day\n"
            + "2027-01-01,work,元旦,New Year's Day\n"))
        .withMessage("line 3: 2027-01-01 is listed with the other kind on line 2");
  }

  @Test
  void missingHeaderNamesTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse("2027-01-01,off,元旦,New Year's Day\n"))
        .withMessageStartingWith("line 1: expected the header 'date,kind,name_zh,name_en'");
  }

  @Test
  void emptyInputIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse("\n\n"))
        .withMessageContaining("expected the header");
  }
}
