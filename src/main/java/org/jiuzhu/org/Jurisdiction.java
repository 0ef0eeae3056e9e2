package org.jiuzhu.org;

import java.util.List;
import java.util.Optional;

/**
 * The area a member of unit groups may open cases for: a village clerk their village (and, for procedures
 * without a village step, its township), a township its township and the villages in it, a county its townships
 * and villages. Division codes nest (county 6 digits, township 9, village 12), so a unit's area is every code that
 * begins with its own.
 *
 * @param groups the caller's engine groups; only village-, township- and county- groups give an area
 */
public record Jurisdiction(List<String> groups) {

  private static final List<OrgLevel> UNIT_LEVELS = List.of(OrgLevel.VILLAGE, OrgLevel.TOWNSHIP, OrgLevel.COUNTY);

  /** Whether the case's township and village (null for a procedure without one) lie in the caller's area. */
  public boolean covers(String townshipCode, String villageCode) {
    return codes().stream().anyMatch(own -> villageCode != null ? villageCode.startsWith(own)
        : townshipCode.startsWith(own) || own.startsWith(townshipCode) && own.length() == OrgLevel.VILLAGE.codeLength());
  }

  /** The caller's only unit at this level, to pre-fill a case with; empty when they have none or several. */
  public Optional<String> only(OrgLevel level) {
    List<String> codes = codesOf(level);
    return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
  }

  /** The codes of the caller's unit groups, most local first. */
  public List<String> codes() {
    return UNIT_LEVELS.stream().flatMap(level -> codesOf(level).stream()).toList();
  }

  private List<String> codesOf(OrgLevel level) {
    return groups.stream().flatMap(group -> level.codeOf(group).stream()).toList();
  }
}
