package org.jiuzhu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();

    HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(setup.statusCode()).as(setup.body()).isEqualTo(403);
    assertThat(setup.body()).contains("无权进行此操作");
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }
}
