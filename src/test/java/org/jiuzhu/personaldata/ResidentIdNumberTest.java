package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

  @Test
  void acceptsValidNumberWithXCheckCharacter() {
    assertThat(ResidentIdNumber.problem("11010519491231002X")).isEmpty();
  }

  @Test
  void acceptsLowerCaseXAndSurroundingSpaces() {
    assertThat(ResidentIdNumber.problem(" 11010519491231002x ")).isEmpty();
    assertThat(ResidentIdNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
  }

  @Test
  void rejectsWrongCheckDigit() {
    assertThat(ResidentIdNumber.problem("110105194912310021"))
        .hasValueSatisfying(p -> assertThat(p).contains("校验位不正确（GB 11643-1999）"));
  }

  @Test
  void rejectsImpossibleDate() {
    assertThat(ResidentIdNumber.problem("220102199902301234"))
        .hasValueSatisfying(p -> assertThat(p).contains("出生日期无效"));
  }

  @Test
  void acceptsLeapDay() {
    assertThat(ResidentIdNumber.problem("110105200002290013")).isEmpty();
  }

  @Test
  void rejectsBirthInTheFuture() {
    assertThat(ResidentIdNumber.problem("320583203012310018", LocalDate.of(2030, 12, 30)))
        .hasValueSatisfying(p -> assertThat(p).contains("出生日期无效"));
    assertThat(ResidentIdNumber.problem("320583203012310018", LocalDate.of(2030, 12, 31))).isEmpty();
  }

  @Test
  void rejectsBirthBefore1900() {
    assertThat(ResidentIdNumber.problem("110105189912310015"))
        .hasValueSatisfying(p -> assertThat(p).contains("出生日期无效"));
    assertThat(ResidentIdNumber.problem("11010519000101001X")).isEmpty();
  }

  @Test
  void rejectsWrongLength() {
    assertThat(ResidentIdNumber.problem("11010519491231002"))
        .hasValueSatisfying(p -> assertThat(p).contains("须为18位"));
    assertThat(ResidentIdNumber.problem("11010519491231002X1"))
        .hasValueSatisfying(p -> assertThat(p).contains("须为18位"));
  }

  @Test
  void rejectsNonDigitsAndXOutsideLastPlace() {
    assertThat(ResidentIdNumber.problem("1101051949123100AX")).isPresent();
    assertThat(ResidentIdNumber.problem("X10105194912310021")).isPresent();
  }

  @Test
  void rejectsMissingValue() {
    assertThat(ResidentIdNumber.problem(null)).isPresent();
    assertThat(ResidentIdNumber.problem("   ")).isPresent();
  }

  @Test
  void problemNeverEchoesTheNumber() {
    assertThat(ResidentIdNumber.problem("110105194912310021")).hasValueSatisfying(p ->
        assertThat(p).doesNotContain("110105"));
  }

  @Test
  void masksAllButFirstSixAndLastFour() {
    assertThat(ResidentIdNumber.mask("220102199003071235")).isEqualTo("220102********1235");
    assertThat(ResidentIdNumber.mask("11010519491231002x")).isEqualTo("110105********002X");
  }

  @Test
  void refusesToMaskWrongLengthWithoutEchoingIt() {
    assertThatThrownBy(() -> ResidentIdNumber.mask("1101051949"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("1101051949");
  }
}
