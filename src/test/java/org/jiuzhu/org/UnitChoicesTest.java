package org.jiuzhu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.jiuzhu.org.UnitChoices.Choice;
import org.junit.jupiter.api.Test;

/** The lists a start form offers: the caller's area only, their own unit pre-chosen. */
class UnitChoicesTest {

  private static final List<OrgUnit> UNITS = List.of(
      new OrgUnit("220102", "南关区", OrgLevel.COUNTY, "2201"),
      new OrgUnit("220102001", "幸福街道", OrgLevel.TOWNSHIP, "220102"),
      new OrgUnit("220102001001", "幸福社区", OrgLevel.VILLAGE, "220102001"),
      new OrgUnit("220102001002", "和平社区", OrgLevel.VILLAGE, "220102001"),
      new OrgUnit("220102002", "永安镇", OrgLevel.TOWNSHIP, "220102"),
      new OrgUnit("220102002001", "永安村", OrgLevel.VILLAGE, "220102002"));

  @Test
  void aVillageClerkGetsTheirVillageAndItsTownshipChosenAndNothingElse() {
    UnitChoices choices = UnitChoices.of(area("village-220102001001", "camunda-tasklist"), UNITS);

    assertThat(choices.townships()).containsExactly(new Choice("220102001", "幸福街道"));
    assertThat(choices.villages()).containsExactly(new Choice("220102001001", "幸福社区"));
    assertThat(choices.township()).isEqualTo("220102001");
    assertThat(choices.village()).isEqualTo("220102001001");
  }

  @Test
  void aTownshipGetsItsVillagesToChooseFromAndItselfChosen() {
    UnitChoices choices = UnitChoices.of(area("township-220102001"), UNITS);

    assertThat(choices.townships()).containsExactly(new Choice("220102001", "幸福街道"));
    assertThat(choices.villages()).extracting(Choice::label).containsExactly("幸福社区", "和平社区");
    assertThat(choices.township()).isEqualTo("220102001");
    assertThat(choices.village()).isNull();
  }

  @Test
  void aCountyChoosesAmongItsTownshipsAndVillagesNamedWithTheirTownship() {
    UnitChoices choices = UnitChoices.of(area("county-220102"), UNITS);

    assertThat(choices.townships()).extracting(Choice::value).containsExactly("220102001", "220102002");
    assertThat(choices.villages()).extracting(Choice::label)
        .containsExactly("幸福社区（幸福街道）", "和平社区（幸福街道）", "永安村（永安镇）");
    assertThat(choices.township()).isNull();
    assertThat(choices.village()).isNull();
  }

  @Test
  void unitsOutsideTheAreaAreLeftOutAndAnAdminChoosesAny() {
    assertThat(UnitChoices.of(area("village-220102002001"), UNITS).villages()).extracting(Choice::value)
        .containsExactly("220102002001");
    assertThat(UnitChoices.of(area("supervisor-220102"), UNITS).townships()).isEmpty();
    assertThat(UnitChoices.of(Optional.empty(), UNITS).villages()).hasSize(3);
  }

  private static Optional<Jurisdiction> area(String... groups) {
    return Optional.of(new Jurisdiction(List.of(groups)));
  }
}
