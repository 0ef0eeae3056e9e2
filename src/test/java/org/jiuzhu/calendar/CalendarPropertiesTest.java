package org.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Spring wiring: defaults, the text forms an admin writes, and startup failing on a missing file. */
class CalendarPropertiesTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(WorkingDays.class);

  @Test
  void defaultsPointAtTheProjectsHolidayFile() {
    context.run(started -> {
      assertThat(started).hasNotFailed().hasBean("workingDays");
      CalendarProperties properties = started.getBean(CalendarProperties.class);
      assertThat(properties.holidayFile()).isEqualTo(Path.of("calendar/cn-public-holidays.csv"));
      assertThat(properties.closeOfBusiness()).isEqualTo(LocalTime.of(17, 30));
    });
  }

  @Test
  void settingsOverrideTheDefaults() {
    context.withPropertyValues(
            "jiuzhu.calendar.holiday-file=" + HolidayTableTest.SHIPPED_FILE.toAbsolutePath(),
            "jiuzhu.calendar.close-of-business=18:00")
        .run(started -> {
          CalendarProperties properties = started.getBean(CalendarProperties.class);
          assertThat(properties.holidayFile()).isEqualTo(HolidayTableTest.SHIPPED_FILE.toAbsolutePath());
          assertThat(properties.closeOfBusiness()).isEqualTo(LocalTime.of(18, 0));
        });
  }

  @Test
  void componentScanWithPropertiesScanLikeTheApplicationYieldsOneOfEach() {
    new ApplicationContextRunner().withUserConfiguration(ScanningLikeTheApplication.class).run(started -> {
      assertThat(started).hasNotFailed().hasSingleBean(WorkingDays.class).hasSingleBean(CalendarProperties.class);
      assertThat(started.getBean("workingDays")).isInstanceOf(WorkingDays.class);
    });
  }

  @Test
  void missingHolidayFileFailsStartup() {
    context.withPropertyValues("jiuzhu.calendar.holiday-file=no/such/holidays.csv")
        .run(started -> assertThat(started).getFailure()
            .hasRootCauseInstanceOf(NoSuchFileException.class)
            .hasStackTraceContaining("holiday file " + Path.of("no/such/holidays.csv").toAbsolutePath()));
  }

  /** JiuzhuApplication both component-scans and scans for configuration properties. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = WorkingDays.class)
  @ConfigurationPropertiesScan(basePackageClasses = WorkingDays.class)
  static class ScanningLikeTheApplication {
  }
}
