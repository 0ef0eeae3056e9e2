package org.jiuzhu.fasttrack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jiuzhu.dibao.DibaoFixtures;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.jiuzhu.unemployed.P1Fixtures;

/**
 * Fast-track applications in counties of their own: a county's epidemic ends once, so each test that ends one
 * takes a fresh county (one township, one village, an urban 低保 standard of 760.00).
 */
final class FastTrackFixtures {

  static final String KEY = "dibao-fast-track";
  static final String URBAN_STANDARD = "760.00";

  record Area(String county, String township, String village) {
  }

  private FastTrackFixtures() {
  }

  static Area freshArea(OrgUnits orgUnits, LocalStandards standards) {
    String county;
    do {
      county = "2201" + ThreadLocalRandom.current().nextInt(10, 50);
    } while (orgUnits.find(county).isPresent());
    String n = county.substring(4);
    Area area = new Area(county, county + "001", county + "001001");
    orgUnits.ensure(new OrgUnit(county, "特办区" + n, OrgLevel.COUNTY, "2201"));
    orgUnits.ensure(new OrgUnit(area.township(), "特办镇" + n, OrgLevel.TOWNSHIP, county));
    orgUnits.ensure(new OrgUnit(area.village(), "特办村" + n, OrgLevel.VILLAGE, area.township()));
    standards.save(new LocalStandard(county, LocalDate.of(2020, 1, 1), new BigDecimal(URBAN_STANDARD),
        new BigDecimal("600.00"), new BigDecimal("1880.00")));
    return area;
  }

  /** A rural household of two with per-capita income 150 (the fast track still pays the URBAN standard). */
  static Map<String, Object> application(Area area) {
    Map<String, Object> v = DibaoFixtures.application("DIBAO", List.of(P1Fixtures.idNumber(), P1Fixtures.idNumber()),
        "300", "0");
    v.put("townshipCode", area.township());
    v.put("villageCode", area.village());
    v.put("residence", "RURAL");
    return v;
  }
}
