package org.jiuzhu.reservefund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReserveFundAmountsTest {

  @Test
  void aTopUpIsYuanWithTwoDecimals() {
    List<Problem> problems = new ArrayList<>();

    assertThat(ReserveFundAmounts.topUp("5000", "amount", problems)).isEqualByComparingTo("5000.00")
        .hasToString("5000.00");
    assertThat(ReserveFundAmounts.topUp(0.1, "amount", problems)).hasToString("0.10");
    assertThat(ReserveFundAmounts.topUp("100000000.00", "amount", problems)).isNotNull();
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "0.001", "abc", "", "100000000.01"})
  void aBadTopUpIsNamed(String amount) {
    List<Problem> problems = new ArrayList<>();

    assertThat(ReserveFundAmounts.topUp(amount, "amount", problems)).isNull();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("amount"));
  }

  @Test
  void aMissingTopUpIsNamed() {
    List<Problem> problems = new ArrayList<>();

    assertThat(ReserveFundAmounts.topUp(null, "amount", problems)).isNull();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("必填"));
  }

  @Test
  void theNoteIsOptionalAndShort() {
    List<Problem> problems = new ArrayList<>();

    assertThat(ReserveFundAmounts.note(null, "note", problems)).isNull();
    assertThat(ReserveFundAmounts.note("  ", "note", problems)).isNull();
    assertThat(ReserveFundAmounts.note(" 第二季度补充 ", "note", problems)).isEqualTo("第二季度补充");
    assertThat(problems).isEmpty();

    assertThat(ReserveFundAmounts.note("备".repeat(201), "note", problems)).isNull();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("note"));
  }
}
