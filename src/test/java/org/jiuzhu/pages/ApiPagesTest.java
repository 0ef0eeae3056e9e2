package org.jiuzhu.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;
import static org.jiuzhu.RestCalls.variables;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.jiuzhu.RestCalls;
import org.jiuzhu.WebappBrowser;
import org.jiuzhu.reservefund.ReserveFunds;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The /api pages a person opens from Tasklist: the webapps' login is enough to read them (no second password
 * prompt), a browser gets Chinese pages and API clients JSON, errors are Chinese, and a change still needs Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiPagesTest {

  /** What Chromium asks for when a person opens an address. */
  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FUND = "/api/reserve-funds/220102001";

  @LocalServerPort int port;
  @Autowired ReserveFunds funds;

  @Test
  void theWebappLoginOpensTheReserveFundAsAChinesePageAndAsJson() throws Exception {
    WebappBrowser reviewer = loggedIn("reviewer1");

    HttpResponse<String> page = reviewer.get(FUND, BROWSER_ACCEPT);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"zh-CN\">", "幸福街道临时救助备用金", "当前余额").doesNotContain("<script");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

    JsonNode json = JSON.readTree(reviewer.get(FUND, "application/json").body());
    assertThat(json.get("townshipCode").asText()).isEqualTo("220102001");
  }

  @Test
  void aChangeRidesOnTheSessionsCookieOnlyWithTheSessionsCsrfToken() throws Exception {
    WebappBrowser officer = loggedIn("officer1");
    var before = funds.balance("220102001");

    // What another site can make a logged-in browser send: the cookie without the token.
    HttpResponse<String> forged = officer.sendWithoutToken("POST", FUND + "/top-ups", "application/json",
        "{\"amount\": \"100.00\"}");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(funds.balance("220102001")).isEqualByComparingTo(before);

    // The webapps' own pages send the token, as Tasklist does to its own API.
    HttpResponse<String> topUp = officer.post(FUND + "/top-ups", "application/json", "{\"amount\": \"100.00\"}");
    assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
    assertThat(funds.balance("220102001")).isEqualByComparingTo(before.add(new java.math.BigDecimal("100.00")));
  }

  @Test
  void withoutLoginABrowserIsSentToTasklistAndAClientGetsTheBasicChallenge() throws Exception {
    HttpResponse<String> page = anonymous(FUND, BROWSER_ACCEPT);
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(page.body()).contains("请先登录", "/camunda/app/tasklist/");

    HttpResponse<String> client = anonymous(FUND, "application/json");
    assertThat(client.statusCode()).isEqualTo(401);
    assertThat(client.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void errorsAreChinesePagesForPeopleAndChineseJsonForClients() throws Exception {
    WebappBrowser reviewer = loggedIn("reviewer2");

    HttpResponse<String> forbidden = reviewer.get(FUND, BROWSER_ACCEPT);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("无权访问", "无权查看或补充该乡镇（街道）的临时救助备用金").doesNotContain("Whitelabel");

    for (String mistyped : new String[] {"/api/reserve-fund/220102001", "/api/cases/LSJZ-2026-999999/audit", "/nothing-here"}) {
      HttpResponse<String> notFound = reviewer.get(mistyped, BROWSER_ACCEPT);
      assertThat(notFound.statusCode()).as(mistyped).isEqualTo(404);
      assertThat(notFound.body()).as(mistyped).contains("lang=\"zh-CN\"", "404").doesNotContain("Whitelabel", "Exception");
    }

    HttpResponse<String> client = new RestCalls(port).as("reviewer2", "GET", "/api/reserve-fund/220102001", null);
    assertThat(client.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(client.body()).get("message").asText()).isEqualTo("没有这个页面，请检查网址");
  }

  @Test
  void theContractsPaymentsStayJsonForClientsThatNameNoType() throws Exception {
    HttpResponse<String> payments = new RestCalls(port).as("clerk1", "GET", "/api/payments?businessKey=LSJZ-2026-999999", null);
    assertThat(payments.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(payments.body()).isEqualTo("[]");
  }

  @Test
  void aClerkFindsTheCaseTheyOpenedAndItsRefusalNoticeUnderMyCases() throws Exception {
    RestCalls rest = new RestCalls(port);
    // In the 低保 register: the system check refuses the case at intake.
    JsonNode started = ok(rest.as("clerk1", "POST", "/engine-rest/process-definition/key/" + P1Fixtures.KEY + "/start",
        variables(P1Fixtures.application("220102197512034564"))));
    String caseNumber = started.get("businessKey").asText();
    WebappBrowser clerk = loggedIn("clerk1");

    JsonNode mine = JSON.readTree(clerk.get("/api/my-cases", "application/json").body());
    JsonNode line = null;
    for (JsonNode l : mine) {
      line = caseNumber.equals(l.get("caseNumber").asText()) ? l : line;
    }
    assertThat(line).as(mine.toString()).isNotNull();
    assertThat(line.get("status").asText()).isEqualTo("已办结：不予救助");
    assertThat(line.get("myHandling").get(0).asText()).isEqualTo("受理（发起申请）");

    HttpResponse<String> page = clerk.get("/api/my-cases", BROWSER_ACCEPT);
    assertThat(page.body()).contains("我经手的案件", caseNumber, "不予救助告知书");
    HttpResponse<String> notice = clerk.get(line.get("refusalNoticeUrl").asText(), BROWSER_ACCEPT);
    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.body()).contains("不予救助告知书", caseNumber);

    // Another village's clerk does not see it.
    JsonNode others = JSON.readTree(loggedIn("clerk2").get("/api/my-cases", "application/json").body());
    assertThat(others.findValuesAsText("caseNumber")).doesNotContain(caseNumber);
  }

  @Test
  void tasklistsCardsAskTheServerForTheWorkingDaysLeft() throws Exception {
    WebappBrowser clerk = loggedIn("clerk1");
    // As the engine's REST API writes a task's due date.
    String due = OffsetDateTime.now().plusYears(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    JsonNode left = JSON.readTree(clerk.get("/api/working-days-left?due=" + URLEncoder.encode(due, StandardCharsets.UTF_8),
        "application/json").body());
    assertThat(left.get("overdue").asBoolean()).isFalse();
    assertThat(left.get("text").asText()).matches("剩余\\d+个工作日");

    HttpResponse<String> garbled = clerk.get("/api/working-days-left?due=tomorrow", "application/json");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(garbled.body()).get("message").asText()).startsWith("到期时间须为日期时间");
  }

  private WebappBrowser loggedIn(String user) throws Exception {
    WebappBrowser browser = new WebappBrowser(port);
    assertThat(browser.logIn(user, "demo").statusCode()).isEqualTo(200);
    return browser;
  }

  private HttpResponse<String> anonymous(String path, String accept) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
