package org.jiuzhu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.Enrolment;
import org.jiuzhu.registry.RegisterType;
import org.jiuzhu.registry.Registers;
import org.jiuzhu.registry.WorkCapacity;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo county to try the system with (`./mvnw spring-boot:run`): two townships of two villages each, one
 * user per role (password demo), a local standard and one person already in 低保. The names are invented.
 * Loaded only when jiuzhu.demo.enabled, which the prod profile turns off.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "jiuzhu.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  /** A person already in 低保, to see an application refused by the system check. */
  static final String DIBAO_RECIPIENT_ID_NUMBER = "220102197512034564";
  /** A registered poor person who lost the capacity to work, to see 低保 taken without the economic check. */
  static final String POOR_UNABLE_TO_WORK_ID_NUMBER = "220102196505150124";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  static final List<OrgUnit> UNITS = List.of(
      new OrgUnit("22", "吉林省", OrgLevel.PROVINCE, null),
      new OrgUnit("2201", "长春市", OrgLevel.CITY, "22"),
      new OrgUnit("220102", "南关区", OrgLevel.COUNTY, "2201"),
      new OrgUnit("220102001", "幸福街道", OrgLevel.TOWNSHIP, "220102"),
      new OrgUnit("220102001001", "幸福社区", OrgLevel.VILLAGE, "220102001"),
      new OrgUnit("220102001002", "和平社区", OrgLevel.VILLAGE, "220102001"),
      new OrgUnit("220102002", "永安镇", OrgLevel.TOWNSHIP, "220102"),
      new OrgUnit("220102002001", "永安村", OrgLevel.VILLAGE, "220102002"),
      new OrgUnit("220102002002", "新丰村", OrgLevel.VILLAGE, "220102002"));

  record DemoUser(String id, String lastName, String firstName, String group, String role) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("clerk1", "王", "秀英", "village-220102001001", "幸福社区 村（社区）经办人"),
      // A second clerk of 幸福社区, to delegate a step to.
      new DemoUser("clerk3", "周", "敏", "village-220102001001", "幸福社区 村（社区）经办人"),
      new DemoUser("clerk2", "刘", "建国", "village-220102002001", "永安村 村（社区）经办人"),
      new DemoUser("reviewer1", "李", "明", "township-220102001", "幸福街道 乡镇（街道）审核人"),
      new DemoUser("reviewer2", "张", "伟", "township-220102002", "永安镇 乡镇（街道）审核人"),
      new DemoUser("officer1", "赵", "丽", "county-220102", "南关区民政局 县级审批人"),
      new DemoUser("supervisor1", "陈", "刚", "supervisor-220102", "南关区 督办"),
      new DemoUser("supervisor2", "孙", "丽华", "supervisor-2201", "长春市 督办"));

  private final OrgUnits orgUnits;
  private final IdentityService identity;
  private final LocalStandards standards;
  private final Registers registers;
  private final PersonalDataVault vault;
  private final ReserveFunds reserveFunds;

  DemoData(OrgUnits orgUnits, IdentityService identity, LocalStandards standards, Registers registers,
      PersonalDataVault vault, ReserveFunds reserveFunds) {
    this.orgUnits = orgUnits;
    this.identity = identity;
    this.standards = standards;
    this.registers = registers;
    this.vault = vault;
    this.reserveFunds = reserveFunds;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (orgUnits.find("220102").isPresent()) {
      return;
    }
    UNITS.forEach(orgUnits::ensure);
    UNITS.stream().filter(u -> u.level() != OrgLevel.PROVINCE).forEach(u -> group(u.group(), u.name()));
    group("supervisor-220102", "南关区督办");
    group("supervisor-2201", "长春市督办");
    USERS.forEach(this::user);
    standards.save(new LocalStandard("220102", LocalDate.of(2026, 1, 1), new BigDecimal("760.00"),
        new BigDecimal("560.00"), new BigDecimal("2120.00")));
    registers.enrol(new Enrolment(vault.hashOf(DIBAO_RECIPIENT_ID_NUMBER), RegisterType.DIBAO, "22", "220102",
        LocalDate.of(2025, 3, 1), null));
    registers.enrol(new Enrolment(vault.hashOf(POOR_UNABLE_TO_WORK_ID_NUMBER), RegisterType.POOR, "22", "220102",
        LocalDate.of(2019, 6, 1), null, WorkCapacity.NONE));
    // 临时救助备用金 of each demo township, kept by the county.
    UNITS.stream().filter(u -> u.level() == OrgLevel.TOWNSHIP).forEach(u -> reserveFunds.topUp(u.code(),
        new BigDecimal("20000.00"), "demo", "演示数据：初始备用金", ChinaClock.now()));
    LOG.info("Demo data loaded: county 南关区 (220102), users {} with password '{}'",
        USERS.stream().map(DemoUser::id).toList(), PASSWORD);
  }

  private void group(String id, String name) {
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  private void user(DemoUser demo) {
    User user = identity.newUser(demo.id());
    user.setLastName(demo.lastName());
    user.setFirstName(demo.firstName());
    user.setEmail(demo.id() + "@demo.jiuzhu.org");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(demo.id(), demo.group());
  }
}
