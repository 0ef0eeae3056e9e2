package org.jiuzhu.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jiuzhu.validation.Problem;

/**
 * A unit an admin adds (a new village, a township after a boundary change): its code has its level's length and
 * lies inside its parent's, the parent is registered one level up, and the code is not taken.
 */
public record NewOrgUnit(String code, String name, String level, String parentCode) {

  /** Every problem at once; empty when the unit may be registered. */
  public List<Problem> problems(Function<String, Optional<OrgUnit>> registered) {
    List<Problem> problems = new ArrayList<>();
    OrgLevel orgLevel = level == null ? null
        : Arrays.stream(OrgLevel.values()).filter(l -> l.name().equals(level)).findFirst().orElse(null);
    if (orgLevel == null || orgLevel == OrgLevel.PROVINCE) {
      problems.add(new Problem("level", "须为 CITY、COUNTY、TOWNSHIP 或 VILLAGE"));
    }
    if (name == null || name.isBlank() || name.strip().length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
      problems.add(new Problem("name", "须为1至100个字的名称"));
    }
    if (orgLevel == null || orgLevel == OrgLevel.PROVINCE) {
      return problems;
    }
    if (code == null || !code.matches("\\d{" + orgLevel.codeLength() + "}")) {
      problems.add(new Problem("code", "须为" + orgLevel.codeLength() + "位数字代码"));
    } else if (registered.apply(code).isPresent()) {
      problems.add(new Problem("code", "代码 " + code + " 已登记"));
    }
    OrgLevel above = OrgLevel.values()[orgLevel.ordinal() - 1];
    Optional<OrgUnit> parent = parentCode == null ? Optional.empty() : registered.apply(parentCode);
    if (parent.isEmpty() || parent.get().level() != above) {
      problems.add(new Problem("parentCode", "须为已登记的上一级单位（" + above.codeLength() + "位代码）"));
    } else if (code != null && !code.startsWith(parentCode)) {
      problems.add(new Problem("code", "须以上级单位代码 " + parentCode + " 开头"));
    }
    return problems;
  }

  public OrgUnit toUnit() {
    return new OrgUnit(code, name.strip(), OrgLevel.valueOf(level), parentCode);
  }
}
