package org.jiuzhu.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PersonalDataConfigurationTest {

  private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(PersonalDataConfiguration.class, PersonalDataCipher.class);

  @Test
  void bindsMasterKeyProperty() {
    runner.withPropertyValues("jiuzhu.personal-data.master-key=" + MASTER_KEY)
        .run(context -> assertThat(context.getBean(PersonalDataCipher.class).lookupHash("x")).hasSize(64));
  }

  @Test
  void bindsMasterKeyFromEnvironmentVariable() {
    runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("JIUZHU_PERSONALDATA_MASTERKEY", MASTER_KEY))))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCipher.class));
  }

  @Test
  void failsStartupWithoutKey() {
    runner.withPropertyValues("jiuzhu.personal-data.generate-key-file=").run(context -> assertThat(context).getFailure()
        .rootCause().hasMessageContaining("jiuzhu.personal-data.master-key"));
  }
}
