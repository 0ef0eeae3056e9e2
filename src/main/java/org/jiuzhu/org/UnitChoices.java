package org.jiuzhu.org;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The units a staff member may open a case at, as a start form's lists offer them: the townships and villages of
 * their area (every unit for an admin), and their own pre-chosen where it is one unit. Plain, so it is tested
 * without an engine.
 *
 * @param townships the townships (乡镇、街道) to choose from, by code
 * @param villages the villages (村、社区), by code; named with their township where there are several townships
 * @param township the pre-chosen township, or null
 * @param village the pre-chosen village, or null
 */
public record UnitChoices(List<Choice> townships, List<Choice> villages, String township, String village) {

  /** One entry of a list, as the form library wants it: the code it submits and the name it shows. */
  public record Choice(String value, String label) {
  }

  /**
   * @param area the caller's area; empty for an admin, who may choose any unit
   * @param candidates units that may lie in the area (those outside it are left out here)
   */
  public static UnitChoices of(Optional<Jurisdiction> area, List<OrgUnit> candidates) {
    List<OrgUnit> townships = candidates.stream().filter(unit -> unit.level() == OrgLevel.TOWNSHIP)
        .filter(unit -> area.map(a -> a.covers(unit.code(), null)).orElse(true))
        .sorted(Comparator.comparing(OrgUnit::code)).toList();
    Map<String, OrgUnit> byCode = townships.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    List<OrgUnit> villages = candidates.stream().filter(unit -> unit.level() == OrgLevel.VILLAGE)
        .filter(unit -> byCode.containsKey(unit.parentCode()))
        .filter(unit -> area.map(a -> a.covers(unit.parentCode(), unit.code())).orElse(true))
        .sorted(Comparator.comparing(OrgUnit::code)).toList();
    boolean severalTownships = townships.size() > 1;

    OrgUnit village = villages.size() == 1 ? villages.get(0) : area.flatMap(a -> a.only(OrgLevel.VILLAGE))
        .flatMap(code -> villages.stream().filter(unit -> unit.code().equals(code)).findFirst()).orElse(null);
    String township = townships.size() == 1 ? townships.get(0).code()
        : village != null ? village.parentCode()
        : area.flatMap(a -> a.only(OrgLevel.TOWNSHIP)).filter(byCode::containsKey).orElse(null);
    return new UnitChoices(
        townships.stream().map(unit -> new Choice(unit.code(), unit.name())).toList(),
        villages.stream().map(unit -> new Choice(unit.code(),
            severalTownships ? unit.name() + "（" + byCode.get(unit.parentCode()).name() + "）" : unit.name())).toList(),
        township, village == null ? null : village.code());
  }
}
