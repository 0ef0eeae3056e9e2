package org.jiuzhu.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.unemployed.P1Fixtures.idNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.validation.Problem;
import org.junit.jupiter.api.Test;

class EmergencyMaterialsTest {

  static final OrgUnit TOWNSHIP = new OrgUnit("220102001", "幸福街道", OrgLevel.TOWNSHIP, "220102");
  static final OrgUnit VILLAGE = new OrgUnit("220102001001", "幸福社区", OrgLevel.VILLAGE, "220102001");

  final EmergencyMaterials materials = new EmergencyMaterials(
      code -> Optional.ofNullable(Map.of(TOWNSHIP.code(), TOWNSHIP, VILLAGE.code(), VILLAGE).get(code)));

  @Test
  void anyTownshipMayTakeARequestWithoutHouseholdOrIncomeDetails() {
    List<Problem> problems = new ArrayList<>();
    EmergencyMaterials.Checked checked = materials.check(P2Fixtures.request(idNumber(), TOWNSHIP.code()), problems);

    assertThat(problems).isEmpty();
    assertThat(checked.township()).isEqualTo(TOWNSHIP);
    assertThat(checked.epidemic()).isFalse();
    assertThat(checked.recipientCategory()).isEqualTo("NONE");
  }

  @Test
  void aVillageIsNotATownship() {
    List<Problem> problems = new ArrayList<>();
    materials.check(P2Fixtures.request(idNumber(), VILLAGE.code()), problems);

    assertThat(problems).extracting(Problem::field).containsExactly("townshipCode");
  }

  @Test
  void epidemicMustBeYesOrNo() {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> request = P2Fixtures.request(idNumber(), TOWNSHIP.code());
    request.put("epidemic", "maybe");
    request.put("commitmentSigned", null);
    materials.check(request, problems);

    assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("epidemic", "commitmentSigned");
  }
}
