package org.jiuzhu.security;

import org.jiuzhu.WebappBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The webapps' first-admin setup cannot create another admin once one exists, even with a valid CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SetupEndpointTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void noSecondAdminThroughSetup() throws Exception {
    HttpResponse<String> setup = new WebappBrowser(port).post("/camunda/api/admin/setup/default/user/create",
        "application/json",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
            + "\"credentials\":{\"password\":\"intruder-password\"}}");

    assertThat(setup.statusCode()).as(setup.body()).isEqualTo(403);
    assertThat(setup.body()).contains("无权进行此操作");
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }
}
