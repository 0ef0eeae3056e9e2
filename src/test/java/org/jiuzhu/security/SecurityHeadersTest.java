package org.jiuzhu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The headers of /api and /engine-rest answers, error answers included, and the webapps' own left alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

  private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+=\"([^\"]*)\"");

  @LocalServerPort int port;
  RestCalls rest;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
  }

  @Test
  void apiAnswersCarryTheHeadersErrorsIncluded() throws Exception {
    assertApiHeaders(rest.as("demo", "GET", "/api/payments?businessKey=LSJZ-2026-000001", null), 200);
    assertApiHeaders(rest.as(null, "GET", "/api/payments?businessKey=LSJZ-2026-000001", null), 401);
    assertApiHeaders(rest.as("reviewer1", "GET", "/api/reserve-funds/" + P1Fixtures.TOWNSHIP_B, null), 403);
    assertApiHeaders(rest.as("demo", "GET", "/api/cases/LSJZ-1999-000000/refusal-notice", null), 404);
    assertApiHeaders(rest.as("demo", "GET", "/api/no-such-page", null), 404);
  }

  @Test
  void engineRestAnswersAreNeitherSniffedNorFramed() throws Exception {
    assertNotSniffedOrFramed(rest.as("demo", "GET", "/engine-rest/process-definition", null), 200);
    assertNotSniffedOrFramed(rest.as(null, "GET", "/engine-rest/process-definition", null), 401);
    assertNotSniffedOrFramed(rest.as("demo", "GET", "/engine-rest/task/no-such-task", null), 404);
  }

  @Test
  void theRefusalNoticeRendersAndPrintsUnderItsPolicy() throws Exception {
    Map<String, Object> application = P1Fixtures.application(P1Fixtures.idNumber());
    application.put("monthsWithoutIncome", 1L);
    String businessKey = RestCalls.ok(rest.as("demo", "POST",
            "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start", RestCalls.variables(application)))
        .get("businessKey").asText();

    HttpResponse<String> notice = rest.as("demo", "GET", "/api/cases/" + businessKey + "/refusal-notice", null);

    assertThat(notice.statusCode()).isEqualTo(200);
    String policy = header(notice, "Content-Security-Policy");
    // Its style sheet is inline; there is no script element, and each inline handler is allowed by its hash.
    assertThat(notice.body()).contains("<style>").doesNotContain("<script");
    assertThat(policy).contains("style-src 'unsafe-inline'");
    Matcher handlers = EVENT_HANDLER.matcher(notice.body());
    assertThat(handlers.find()).as("the print button's handler").isTrue();
    do {
      assertThat(policy).contains("'sha256-" + sha256(handlers.group(1)) + "'");
    } while (handlers.find());
  }

  @Test
  void theWebappsKeepTheirOwnPolicy() throws Exception {
    HttpResponse<String> tasklist = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(header(tasklist, "X-Content-Type-Options")).isEqualTo("nosniff");
    // Camunda's policy lets the webapp's own scripts run (by nonce); the /api one would stop them.
    assertThat(header(tasklist, "Content-Security-Policy")).contains("'nonce-")
        .isNotEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
  }

  private static void assertApiHeaders(HttpResponse<String> answer, int status) {
    assertNotSniffedOrFramed(answer, status);
    assertThat(header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(header(answer, "Content-Security-Policy")).startsWith("default-src 'none';")
        .contains("frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'");
  }

  private static void assertNotSniffedOrFramed(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
    assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(answer, "X-Frame-Options")).isEqualTo("DENY");
  }

  /** The one value of a header of the answer, failing if it is missing or repeated. */
  private static String header(HttpResponse<String> response, String name) {
    assertThat(response.headers().allValues(name)).as(response.uri() + " " + name).hasSize(1);
    return response.headers().firstValue(name).orElseThrow();
  }

  private static String sha256(String script) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
  }
}
