package org.jiuzhu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cases a member of unit groups may open, and which units a case of theirs starts with. */
class JurisdictionTest {

  private static final String TOWNSHIP = "220102001";
  private static final String VILLAGE = "220102001001";
  private static final String OTHER_VILLAGE = "220102001002";

  @Test
  void aVillageClerkOpensCasesOfTheirVillageAndForProceduresWithoutOneOfItsTownship() {
    Jurisdiction clerk = new Jurisdiction(List.of("village-" + VILLAGE));
    assertThat(clerk.covers(TOWNSHIP, VILLAGE)).isTrue();
    assertThat(clerk.covers(TOWNSHIP, OTHER_VILLAGE)).isFalse();
    assertThat(clerk.covers(TOWNSHIP, null)).isTrue();
    assertThat(clerk.covers("220102002", null)).isFalse();
    assertThat(clerk.only(OrgLevel.VILLAGE)).contains(VILLAGE);
    assertThat(clerk.only(OrgLevel.TOWNSHIP)).isEmpty();
  }

  @Test
  void aTownshipCoversItsVillagesAndACountyItsTownships() {
    Jurisdiction township = new Jurisdiction(List.of("township-" + TOWNSHIP));
    assertThat(township.covers(TOWNSHIP, OTHER_VILLAGE)).isTrue();
    assertThat(township.covers(TOWNSHIP, null)).isTrue();
    assertThat(township.covers("220102002", "220102002001")).isFalse();
    assertThat(township.only(OrgLevel.TOWNSHIP)).contains(TOWNSHIP);

    Jurisdiction county = new Jurisdiction(List.of("county-220102"));
    assertThat(county.covers("220102002", "220102002001")).isTrue();
    assertThat(county.covers("220103001", null)).isFalse();
  }

  @Test
  void otherGroupsGiveNoAreaAndSeveralUnitsPreFillNone() {
    assertThat(new Jurisdiction(List.of("supervisor-220102", "camunda-admin")).covers(TOWNSHIP, VILLAGE)).isFalse();
    Jurisdiction two = new Jurisdiction(List.of("village-" + VILLAGE, "village-" + OTHER_VILLAGE));
    assertThat(two.covers(TOWNSHIP, OTHER_VILLAGE)).isTrue();
    assertThat(two.only(OrgLevel.VILLAGE)).isEmpty();
  }
}
