package org.jiuzhu.security;

import org.jiuzhu.WebappBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.jiuzhu.RestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One address trying a different user each time, over HTTP Basic and the webapps' login form, is stopped
 * with 429. It runs in an application of its own, where three failures block, because the block then stays
 * on the one address every test calls from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "jiuzhu.security.login-throttle.max-failures=3")
@ActiveProfiles("test")
class LoginThrottleHttpTest {

  private static final String PAYMENTS = "/api/payments?businessKey=LSJZ-2026-000001";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void anAddressRotatingUserNamesIsAnswered429AndItsPasswordsAreNoLongerChecked() throws Exception {
    RestCalls rest = new RestCalls(port);
    WebappBrowser browser = new WebappBrowser(port);
    assertThat(rest.call("GET", "/engine-rest/task", null, "nobody1:wrong").statusCode()).isEqualTo(401);
    // a success in between undoes no failure
    assertThat(rest.as("demo", "GET", PAYMENTS, null).statusCode()).isEqualTo(200);
    assertThat(rest.call("GET", PAYMENTS, null, "nobody2:wrong").statusCode()).isEqualTo(401);
    assertThat(browser.logIn("nobody3", "wrong").statusCode()).isEqualTo(401);

    HttpResponse<String> refused = rest.call("GET", "/engine-rest/task", null, "reviewer1:wrong");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode body = new ObjectMapper().readTree(refused.body());
    assertThat(body.get("message").asText()).matches("登录失败次数过多，请 \\d+ 秒后再试");
    // The right password fares no better, on either way in; a call without credentials is no login.
    assertThat(rest.as("demo", "GET", PAYMENTS, null).statusCode()).isEqualTo(429);
    assertThat(browser.logIn("demo", "demo").statusCode()).isEqualTo(429);
    assertThat(rest.as(null, "GET", PAYMENTS, null).statusCode()).isEqualTo(401);
    // reviewer1's wrong password never reached the engine, which would otherwise make reviewer1 wait
    assertThat(identity.checkPassword("reviewer1", "demo")).isTrue();
  }
}
