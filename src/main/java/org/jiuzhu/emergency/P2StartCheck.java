package org.jiuzhu.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.StartCheck;
import org.springframework.stereotype.Component;

/** P2's materials rules for starts over REST, the same rules the start listener applies. */
@Component
class P2StartCheck implements StartCheck {

  static final String PROCESS_KEY = "emergency-assistance";

  private final EmergencyMaterials materials;

  P2StartCheck(OrgUnits orgUnits) {
    this.materials = new EmergencyMaterials(orgUnits::find);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public String what() {
    return AcceptEmergencyApplication.WHAT;
  }

  @Override
  public List<Problem> problems(Map<String, Object> variables) {
    List<Problem> problems = new ArrayList<>();
    materials.check(variables, problems);
    return problems;
  }
}
