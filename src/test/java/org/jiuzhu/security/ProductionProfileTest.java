package org.jiuzhu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.jiuzhu.JiuzhuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The prod profile: no start without an admin from the environment, and nothing of the demo loaded. */
class ProductionProfileTest {

  private static SpringApplicationBuilder prod(String... extra) {
    String[] base = {
        "JIUZHU_DB_URL=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "JIUZHU_DB_USER=sa", "JIUZHU_DB_PASSWORD=",
        "JIUZHU_PERSONALDATA_MASTERKEY=" + Base64.getEncoder().encodeToString(new byte[32]),
        // a separate engine, so the shared test engine named "default" is left alone
        "camunda.bpm.process-engine-name=prodcheck", "camunda.bpm.job-execution.enabled=false", "server.port=0"};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return new SpringApplicationBuilder(JiuzhuApplication.class).profiles("prod").web(WebApplicationType.SERVLET)
        .properties(all);
  }

  @Test
  void refusesToStartWithoutTheFirstAdminsCredentials() {
    assertThatThrownBy(() -> prod().run().close())
        .satisfies(e -> assertThat(rootMessages(e)).contains("JIUZHU_ADMIN_USER"));
  }

  @Test
  void startsWithThemAndLoadsNoDemoData() {
    try (ConfigurableApplicationContext app = prod("JIUZHU_ADMIN_USER=chief", "JIUZHU_ADMIN_PASSWORD=a-long-secret").run()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list()).extracting("id").containsExactly("chief");
      assertThat(engine.getIdentityService().createGroupQuery().list()).extracting("id").containsExactly("camunda-admin");
      assertThat(engine.getIdentityService().checkPassword("chief", "a-long-secret")).isTrue();
      assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM org_unit", Long.class)).isZero();
      assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo("true");
      assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.header-security.hsts-disabled")).isEqualTo("false");
    }
  }

  private static String rootMessages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
