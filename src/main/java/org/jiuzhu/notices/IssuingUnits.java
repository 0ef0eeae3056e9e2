package org.jiuzhu.notices;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.springframework.stereotype.Component;

/** The issuing unit of a notice from the registered units (a unit not registered is named by its code). */
@Component
public class IssuingUnits {

  private final OrgUnits orgUnits;

  IssuingUnits(OrgUnits orgUnits) {
    this.orgUnits = orgUnits;
  }

  public IssuingUnit of(String decidingUnitCode, String countyCode) {
    OrgLevel level = decidingUnitCode.length() == OrgLevel.COUNTY.codeLength() ? OrgLevel.COUNTY : OrgLevel.TOWNSHIP;
    return IssuingUnit.of(unit(decidingUnitCode, level), unit(countyCode, OrgLevel.COUNTY));
  }

  private OrgUnit unit(String code, OrgLevel level) {
    return orgUnits.find(code).orElseGet(() -> new OrgUnit(code, code, level, null));
  }
}
