package org.jiuzhu.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a browser gets: the project's Chinese files, not the webjar's, and Camunda's settings otherwise intact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChineseWebappsHttpTest {

  static final List<String> APPS = WebappFiles.APPS;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @ParameterizedTest
  @FieldSource("APPS")
  void configSelectsChineseByDefaultAndKeepsCamundasSettings(String app) throws Exception {
    String served = ok(app + "/scripts/config.js", "javascript");

    assertThat(served)
        .contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'")
        .contains("customScripts: ['../jiuzhu/chinese-workplace']");
    // Everything Camunda's file says is still said; only the shortcut help is in Chinese.
    List<String> servedLines = served.lines().toList();
    for (String line : WebappFiles.original(app + "/scripts/config.js").lines().toList()) {
      if (line.trim().startsWith("description: '")) {
        assertThat(servedLines).as("a translated shortcut description").noneMatch(line::equals);
      } else {
        assertThat(servedLines).as("Camunda's config.js line of %s", app).contains(line);
      }
    }
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void theChineseLocaleIsTheProjectsAndEnglishStaysAvailable(String app) throws Exception {
    assertThat(ok(app + "/locales/zh.json", "json")).isEqualTo(WebappFiles.project(app + "/locales/zh.json"));
    assertThat(ok(app + "/locales/en.json", "json").replace("\uFEFF", ""))
        .isEqualTo(WebappFiles.original(app + "/locales/en.json"));
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void theMigrationBannerIsHidden(String app) throws Exception {
    assertThat(ok(app + "/styles/user-styles.css", "css"))
        .containsPattern("\\[cam-widget-header] \\.ce-eol-banner \\{\\s*display: none;");
  }

  @Test
  void theCustomScriptIsServedAsAJavaScriptModule() throws Exception {
    // config.js names it relative to the app: tasklist/../jiuzhu/chinese-workplace.js. A browser imports a
    // module only with a JavaScript content type.
    assertThat(ok("jiuzhu/chinese-workplace.js", "javascript"))
        .isEqualTo(WebappFiles.project("jiuzhu/chinese-workplace.js"));
  }

  private String ok(String path, String contentType) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/" + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
        type -> assertThat(type).contains(contentType));
    return response.body();
  }
}
