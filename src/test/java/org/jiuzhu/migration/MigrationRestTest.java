package org.jiuzhu.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;

import java.net.http.HttpResponse;

import org.jiuzhu.RestCalls;
import org.jiuzhu.WebappBrowser;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** /api/admin/migrations and the Admin page's own API are for admins only; what an admin reads there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MigrationRestTest {

  private static final String PAGE_API = "/camunda/api/admin/plugin/jiuzhu-models/default";

  @LocalServerPort int port;

  @Test
  void staffAndSupervisorsAreRefusedOnBothApis() throws Exception {
    RestCalls rest = new RestCalls(port);
    for (String user : new String[] {"clerk1", "reviewer1", "officer1", "supervisor1"}) {
      assertThat(rest.as(user, "GET", "/api/admin/migrations/procedures", null).statusCode()).as(user).isEqualTo(403);
      assertThat(rest.as(user, "GET", "/api/admin/migrations/plan?processKey=" + P1Fixtures.KEY + "&sourceVersion=1",
          null).statusCode()).as(user).isEqualTo(403);
      HttpResponse<String> migrate = rest.as(user, "POST", "/api/admin/migrations",
          "{\"processKey\": \"" + P1Fixtures.KEY + "\", \"sourceVersion\": 1}");
      assertThat(migrate.statusCode()).as(user).isEqualTo(403);
      assertThat(migrate.body()).contains("只有管理员");

      WebappBrowser browser = new WebappBrowser(port);
      assertThat(browser.logIn(user, "demo").statusCode()).isEqualTo(200);
      for (String path : new String[] {"/models", "/migrations/procedures"}) {
        assertThat(browser.send("GET", PAGE_API + path, null, null).statusCode()).as(user + path).isEqualTo(403);
      }
      assertThat(browser.send("POST", PAGE_API + "/models/reload", "application/json", null).statusCode())
          .as(user).isEqualTo(403);
    }
  }

  @Test
  void anAdminReadsTheProceduresAndTheModelsStatusOnBothApis() throws Exception {
    JsonNode procedures = ok(new RestCalls(port).as("demo", "GET", "/api/admin/migrations/procedures", null));
    JsonNode p1 = null;
    for (JsonNode procedure : procedures) {
      if (procedure.get("key").asText().equals(P1Fixtures.KEY)) {
        p1 = procedure;
      }
    }
    assertThat(p1).isNotNull();
    assertThat(p1.get("name").asText()).isEqualTo("未参保失业人员临时救助");
    assertThat(p1.at("/versions/0/version").asInt()).isEqualTo(1);
    assertThat(p1.at("/versions/0/runningCases").isNumber()).isTrue();

    WebappBrowser admin = new WebappBrowser(port);
    assertThat(admin.logIn("demo", "demo").statusCode()).isEqualTo(200);
    JsonNode fromPage = ok(admin.send("GET", PAGE_API + "/migrations/procedures", null, null));
    assertThat(fromPage.findValuesAsText("key")).contains(P1Fixtures.KEY);
    JsonNode models = ok(admin.send("GET", PAGE_API + "/models", null, null));
    assertThat(models.get("drift")).isEmpty();
    assertThat(models.get("processesFolder").asText()).endsWith("processes");

    HttpResponse<String> latest = new RestCalls(port).as("demo", "GET", "/api/admin/migrations/plan?processKey="
        + P1Fixtures.KEY + "&sourceVersion=" + p1.get("versions").get(p1.get("versions").size() - 1).get("version").asInt(), null);
    assertThat(latest.statusCode()).isEqualTo(400);
    assertThat(latest.body()).contains("已是最新版本");
    assertThat(new RestCalls(port).as("demo", "GET", "/api/admin/migrations/plan?processKey=nothing&sourceVersion=1",
        null).statusCode()).isEqualTo(404);
  }
}
