package org.jiuzhu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgLevelTest {

  @Test
  void groupNamesFollowTheContract() {
    assertThat(OrgLevel.VILLAGE.groupOf("220102001001")).isEqualTo("village-220102001001");
    assertThat(OrgLevel.TOWNSHIP.groupOf("220102001")).isEqualTo("township-220102001");
    assertThat(OrgLevel.COUNTY.groupOf("220102")).isEqualTo("county-220102");
    assertThat(OrgLevel.CITY.groupOf("2201")).isEqualTo("city-2201");
  }

  @Test
  void codeLengthsAreThoseOfTheDivisionCode() {
    assertThat(OrgLevel.PROVINCE.codeLength()).isEqualTo(2);
    assertThat(OrgLevel.CITY.codeLength()).isEqualTo(4);
    assertThat(OrgLevel.COUNTY.codeLength()).isEqualTo(6);
    assertThat(OrgLevel.TOWNSHIP.codeLength()).isEqualTo(9);
    assertThat(OrgLevel.VILLAGE.codeLength()).isEqualTo(12);
  }

  @ParameterizedTest
  @CsvSource({
      "VILLAGE, 220102001",
      "VILLAGE, 2201020010011",
      "TOWNSHIP, 220102001001",
      "TOWNSHIP, 22010200",
      "COUNTY, 2201",
      "COUNTY, 2201021",
      "CITY, 220102",
      "CITY, 22",
      "VILLAGE, ''",
      "VILLAGE, abcdefghijkl",
      "COUNTY, 22010x"})
  void refusesACodeOfTheWrongLengthOrNotAllDigits(OrgLevel level, String code) {
    assertThatThrownBy(() -> level.groupOf(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(level.name());
  }

  @Test
  void theProvinceHasNoGroup() {
    assertThatThrownBy(() -> OrgLevel.PROVINCE.groupOf("22")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROVINCE");
    assertThatThrownBy(() -> new OrgUnit("22", "吉林省", OrgLevel.PROVINCE, null).group())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUnitsGroupAndCountyComeFromItsCode() {
    OrgUnit village = new OrgUnit("220102001001", "幸福社区", OrgLevel.VILLAGE, "220102001");

    assertThat(village.group()).isEqualTo("village-220102001001");
    assertThat(village.countyCode()).isEqualTo("220102");
    assertThat(new OrgUnit("220102002", "永安镇", OrgLevel.TOWNSHIP, "220102").group())
        .isEqualTo("township-220102002");
  }
}
