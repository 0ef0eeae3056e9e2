package org.jiuzhu.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jiuzhu.household.DibaoBenefit.KeyCategory;
import org.jiuzhu.household.DibaoBenefit.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DibaoBenefitTest {

  static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);
  /** The shares used here (examples, not policy): ill 15 %, disabled 20 %, aged 10 %, minor 10 % of the standard. */
  static final Map<KeyCategory, BigDecimal> SHARES = Map.of(KeyCategory.SERIOUS_ILLNESS, new BigDecimal("0.15"),
      KeyCategory.SERIOUS_DISABILITY, new BigDecimal("0.2"), KeyCategory.AGED_70_OR_MORE, new BigDecimal("0.1"),
      KeyCategory.MINOR, new BigDecimal("0.1"));

  /** A member written as income[/flags][@birth date]: flags a = works away, i = seriously ill, d = disabled. */
  static Person person(String spec) {
    String[] at = spec.split("@");
    LocalDate born = at.length > 1 ? LocalDate.parse(at[1]) : LocalDate.of(1980, 1, 1);
    String[] parts = at[0].split("/");
    String flags = parts.length > 1 ? parts[1] : "";
    return new Person(DibaoBenefit.fen(new BigDecimal(parts[0])), flags.contains("a"), born, flags.contains("i"),
        flags.contains("d"));
  }

  @ParameterizedTest(name = "standard {0}, wage {1}, members {2}: gap {3} + extras {4} = {5}")
  @CsvSource(delimiter = ';', value = {
      // The enrolment's figure: per capita 300 under 760, 3 people: (760 − 300) × 3 = 1380.00.
      "760.00; 1780.00; 500.00 400.00 0.00;                 1380.00; 0.00;   1380.00",
      // Work cost 1780 − 760 = 1020 off the away member's 2000: counted 980; 760 × 3 − 980 = 1300.00.
      "760.00; 1780.00; 2000.00/a 0.00 0.00;                1300.00; 0.00;   1300.00",
      // The deduction stops at zero: 800 − 1020 counts 0; 760 × 3 = 2280.00.
      "760.00; 1780.00; 800.00/a 0.00 0.00;                 2280.00; 0.00;   2280.00",
      // A minimum wage below the standard deducts nothing: 700 × 2 − 500 = 900.00.
      "700.00; 650.00;  500.00/a 0.00;                      900.00;  0.00;   900.00",
      // A member aged 72: 760 × 0.1 = 76.00 on top of 760 × 2 − 300 = 1220.00.
      "760.00; 1780.00; 300.00 0.00@1954-05-01;             1220.00; 76.00;  1296.00",
      // Ill and a minor counts once, at the higher share: 760 × 0.15 = 114.00 (not + 76.00).
      "760.00; 1780.00; 300.00 0.00/i@2015-03-01;           1220.00; 114.00; 1334.00",
      // Rounding half up to the fen: 650.50 × 0.15 = 97.575 → 97.58; 650.50 − 0 = 650.50.
      "650.50; 1780.00; 0.00/i;                             650.50;  97.58;  748.08",
      // Disabled 20 % + aged 10 % for two people: 152.00 + 76.00; 760 × 2 − 100 = 1420.00.
      "760.00; 1780.00; 100.00/d 0.00@1950-01-01;           1420.00; 228.00; 1648.00",
      // Income at the standard: no gap, and no extras for a household out of care.
      "760.00; 1780.00; 1520.00 0.00@1950-01-01;            0.00;    0.00;   0.00",
      // Exact with incomes that do not divide: 700 × 3 − 300.01 = 1799.99.
      "700.00; 1780.00; 100.00 100.00 100.01;               1799.99; 0.00;   1799.99"
  })
  void benefitIsGapPlusExtrasInWholeFen(String standard, String wage, String members, String gap, String extras,
      String benefit) {
    List<Person> people = Arrays.stream(members.split(" ")).map(DibaoBenefitTest::person).toList();
    DibaoBenefit.Result r = DibaoBenefit.of(people, DECEMBER, DibaoBenefit.fen(new BigDecimal(standard)),
        DibaoBenefit.fen(new BigDecimal(wage)), SHARES::get);
    assertThat(DibaoBenefit.yuan(r.gapFen())).isEqualTo(new BigDecimal(gap));
    assertThat(DibaoBenefit.yuan(r.extrasFen())).isEqualTo(new BigDecimal(extras));
    assertThat(r.benefit()).isEqualTo(new BigDecimal(benefit));
  }

  @ParameterizedTest(name = "born {0}: {1} on 2026-12-01")
  @CsvSource({
      "1956-12-01, AGED_70_OR_MORE", // seventy on the month's first day
      "1956-12-02, ",                // sixty-nine on it: next month
      "2008-12-01, ",                // eighteen on it: no longer a minor
      "2008-12-02, MINOR"            // seventeen on it
  })
  void agesAreTakenOnTheMonthsFirstDay(LocalDate born, KeyCategory expected) {
    Person p = new Person(0, false, born, false, false);
    if (expected == null) {
      assertThat(p.categoriesOn(DECEMBER)).isEmpty();
    } else {
      assertThat(p.categoriesOn(DECEMBER)).containsExactly(expected);
    }
  }

  @Test
  void aRaisedStandardRaisesTheBenefitWithNothingElseChanged() {
    List<Person> people = List.of(person("500.00"), person("400.00"), person("0.00"));
    // (760 − 300) × 3 = 1380.00, then (800 − 300) × 3 = 1500.00.
    assertThat(DibaoBenefit.of(people, DECEMBER, 76000, 178000, SHARES::get).benefit()).isEqualTo(new BigDecimal("1380.00"));
    assertThat(DibaoBenefit.of(people, DECEMBER, 80000, 178000, SHARES::get).benefit()).isEqualTo(new BigDecimal("1500.00"));
  }

  @Test
  void fenAreExactAndMoreDecimalsAreRefused() {
    assertThat(DibaoBenefit.fen(new BigDecimal("1380.5"))).isEqualTo(138050);
    assertThat(DibaoBenefit.yuan(138050)).isEqualTo(new BigDecimal("1380.50"));
    assertThatThrownBy(() -> DibaoBenefit.fen(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> new Person(-1, false, DECEMBER, false, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
