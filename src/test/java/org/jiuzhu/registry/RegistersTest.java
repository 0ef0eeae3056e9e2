package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RegistersTest {

  static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

  @Autowired Registers registers;

  @Test
  void thePovertyListStandsBesideTheAssistanceRegisters() {
    String hash = randomHash();
    assertThat(registers.enrol(open(hash, RegisterType.DIBAO, "22", "220102"))).isTrue();
    assertThat(registers.enrol(poor(hash, RegisterType.POOR, WorkCapacity.FULL))).as("poor and in 低保").isTrue();
    assertThat(registers.enrol(poor(hash, RegisterType.MONITORED, WorkCapacity.FULL)))
        .as("one open entry a province on the poverty list").isFalse();

    assertThat(registers.enrolledOn(hash, MARCH_1)).containsExactlyInAnyOrder(RegisterType.DIBAO, RegisterType.POOR);
    assertThat(registers.openInProvince(hash, "22")).isTrue();
    String onlyPoor = randomHash();
    registers.enrol(poor(onlyPoor, RegisterType.POOR, WorkCapacity.NONE));
    assertThat(registers.openInProvince(onlyPoor, "22")).as("not an assistance enrolment").isFalse();
    assertThat(registers.enrol(open(onlyPoor, RegisterType.DIBAO, "22", "220102"))).as("can be enrolled in 低保").isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "POOR, NONE, true",
      "POOR, PARTIAL, true",
      "POOR, FULL, false",
      "MONITORED, NONE, false"
  })
  void poorPeopleWhoLostAllOrPartOfTheirCapacityToWorkAreKnownFromTheList(RegisterType type, WorkCapacity capacity,
      boolean unable) {
    String hash = randomHash();
    registers.enrol(poor(hash, type, capacity));

    assertThat(registers.poorUnableToWork(hash, MARCH_1)).isEqualTo(unable);
    assertThat(registers.poorUnableToWork(hash, MARCH_1.minusDays(1))).as("before the entry").isFalse();
  }

  @Test
  void anEndedPovertyEntryNoLongerCounts() {
    String hash = randomHash();
    registers.enrol(new Enrolment(hash, RegisterType.POOR, "22", "220102", MARCH_1, MARCH_1.plusDays(9), WorkCapacity.NONE));

    assertThat(registers.poorUnableToWork(hash, MARCH_1.plusDays(9))).isTrue();
    assertThat(registers.poorUnableToWork(hash, MARCH_1.plusDays(10))).isFalse();
    assertThat(registers.enrolledOn(hash, MARCH_1.plusDays(10))).isEmpty();
  }

  @Test
  void aCapacityToWorkBelongsToThePovertyListOnly() {
    assertThatThrownBy(() -> new Enrolment("h", RegisterType.DIBAO, "22", "220102", MARCH_1, null, WorkCapacity.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Enrolment("h", RegisterType.POOR, "22", "220102", MARCH_1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEnrolmentCountsFromItsFirstDay() {
    String hash = randomHash();
    assertThat(registers.enrol(open(hash, RegisterType.DIBAO, "22", "220102"))).isTrue();

    assertThat(registers.enrolledOn(hash, MARCH_1.minusDays(1))).isEmpty();
    assertThat(registers.enrolledOn(hash, MARCH_1)).containsExactly(RegisterType.DIBAO);
    assertThat(registers.enrolledOn(hash, LocalDate.of(2026, 1, 15))).containsExactly(RegisterType.DIBAO);
    assertThat(registers.enrolledOn(randomHash(), MARCH_1)).isEmpty();
  }

  @Test
  void anExitClosesTheEntryWhichCountsUpToItsLastDay() {
    String hash = randomHash();
    registers.enrol(open(hash, RegisterType.TEKUN, "21", "210102"));

    assertThat(registers.exit(hash, "21", LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(registers.exit(hash, "21", LocalDate.of(2025, 7, 31))).as("nothing open any more").isFalse();
    assertThat(registers.enrolledOn(hash, LocalDate.of(2025, 6, 30))).containsExactly(RegisterType.TEKUN);
    assertThat(registers.enrolledOn(hash, LocalDate.of(2025, 7, 1))).isEmpty();
  }

  @Test
  void aPersonIsEnrolledOnceInAProvinceWhateverTheCountyOrRegister() {
    String hash = randomHash();
    registers.enrol(open(hash, RegisterType.DIBAO, "22", "220102"));

    assertThat(registers.enrol(new Enrolment(hash, RegisterType.TEKUN, "22", "220203", MARCH_1.plusDays(1), null)))
        .isFalse();
    assertThat(registers.enrol(open(hash, RegisterType.DIBAO, "21", "210102"))).as("another province").isTrue();
    assertThat(registers.enrolledOn(hash, MARCH_1)).containsExactly(RegisterType.DIBAO);
  }

  @Test
  void afterAnExitThePersonMayBeEnrolledAgainAndClosedEntriesMayRepeat() {
    String hash = randomHash();
    registers.enrol(open(hash, RegisterType.DIBAO, "22", "220102"));
    registers.exit(hash, "22", LocalDate.of(2025, 5, 31));
    registers.enrol(new Enrolment(hash, RegisterType.DIBAO, "22", "220103", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31)));

    assertThat(registers.enrol(new Enrolment(hash, RegisterType.TEKUN, "22", "220102", LocalDate.of(2025, 6, 1), null)))
        .isTrue();
    assertThat(registers.enrolledOn(hash, LocalDate.of(2025, 6, 1))).isEqualTo(Set.of(RegisterType.TEKUN));
    assertThat(registers.enrolledOn(hash, LocalDate.of(2024, 6, 1))).isEqualTo(Set.of(RegisterType.DIBAO));
  }

  @Test
  void aHouseholdIsEnrolledWholeOrNotAtAll() {
    String first = randomHash();
    String second = randomHash();
    String enrolledElsewhere = randomHash();
    registers.enrol(open(enrolledElsewhere, RegisterType.TEKUN, "22", "220203"));

    assertThat(registers.enrolAll(List.of(open(first, RegisterType.DIBAO, "22", "220102"),
        open(second, RegisterType.DIBAO, "22", "220102"), open(enrolledElsewhere, RegisterType.DIBAO, "22", "220102"))))
        .isEqualTo(2);
    assertThat(registers.openInProvince(first, "22")).as("rolled back with the household").isFalse();
    assertThat(registers.openInProvince(enrolledElsewhere, "22")).isTrue();
    assertThat(registers.openInProvince(enrolledElsewhere, "21")).isFalse();

    assertThat(registers.enrolAll(List.of(open(first, RegisterType.DIBAO, "22", "220102"),
        open(second, RegisterType.DIBAO, "22", "220102")))).isEqualTo(-1);
    assertThat(registers.openInProvince(first, "22")).isTrue();
    assertThat(registers.openInProvince(second, "22")).isTrue();
  }

  static Enrolment poor(String hash, RegisterType type, WorkCapacity capacity) {
    return new Enrolment(hash, type, "22", "220102", MARCH_1, null, capacity);
  }

  static Enrolment open(String hash, RegisterType type, String province, String county) {
    return new Enrolment(hash, type, province, county, MARCH_1, null);
  }

  static String randomHash() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
