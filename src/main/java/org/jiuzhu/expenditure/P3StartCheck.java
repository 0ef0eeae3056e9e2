package org.jiuzhu.expenditure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.StartCheck;
import org.springframework.stereotype.Component;

/** P3's materials rules for starts over REST (400 naming each field), the same the start listener applies. */
@Component
class P3StartCheck implements StartCheck {

  private final ExpenditureMaterials materials;

  P3StartCheck(OrgUnits orgUnits) {
    this.materials = new ExpenditureMaterials(orgUnits::find);
  }

  @Override
  public String processKey() {
    return P3Variables.PROCESS_KEY;
  }

  @Override
  public String what() {
    return AcceptExpenditureApplication.WHAT;
  }

  @Override
  public List<Problem> problems(Map<String, Object> variables) {
    List<Problem> problems = new ArrayList<>();
    materials.check(variables, problems);
    return problems;
  }
}
