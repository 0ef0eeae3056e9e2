package org.jiuzhu.authority;

import java.util.List;
import java.util.stream.Stream;

import org.jiuzhu.org.OrgLevel;

/**
 * A case and the units on its path: the village that verifies (none where a procedure has no village step,
 * such as emergency assistance), the township it was applied to, the county.
 */
public record CaseRef(String processInstanceId, String businessKey, String villageCode, String townshipCode,
    String countyCode) {

  public String cityCode() {
    return countyCode.substring(0, OrgLevel.CITY.codeLength());
  }

  /** The groups that work on the case. */
  public List<String> unitGroups() {
    Stream<String> village = villageCode == null ? Stream.empty() : Stream.of(OrgLevel.VILLAGE.groupOf(villageCode));
    return Stream.concat(village, Stream.of(OrgLevel.TOWNSHIP.groupOf(townshipCode),
        OrgLevel.COUNTY.groupOf(countyCode))).toList();
  }

  /** The supervisors (督办) of the case's county and city, who may read but not work on it. */
  public List<String> supervisorGroups() {
    return List.of("supervisor-" + countyCode, "supervisor-" + cityCode());
  }
}
