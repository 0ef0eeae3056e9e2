package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RegistersTest {

  static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

  @Autowired Registers registers;

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

  static Enrolment open(String hash, RegisterType type, String province, String county) {
    return new Enrolment(hash, type, province, county, MARCH_1, null);
  }

  static String randomHash() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
