package org.jiuzhu;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's REST API as a client reaches it: {@code /engine-rest} with HTTP Basic, or the webapps' own
 * {@code /camunda/api/engine/engine/default} after logging in to Tasklist (session cookie and CSRF token), as
 * the browser does. Paths are relative to the engine root, e.g. {@code /task/{id}/complete}. Every demo user's
 * password is demo.
 */
public interface EngineApi {

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception;

  static EngineApi rest(int port) {
    RestCalls rest = new RestCalls(port);
    return new EngineApi() {
      @Override
      public HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        return rest.as(user, method, "/engine-rest" + path, body);
      }

      @Override
      public String toString() {
        return "/engine-rest";
      }
    };
  }

  static EngineApi webapps(int port) {
    return new Webapps(port);
  }

  /** One logged-in browser session per user. */
  final class Webapps implements EngineApi {

    private final String base;
    private final Map<String, Session> sessions = new HashMap<>();

    Webapps(int port) {
      this.base = "http://localhost:" + port;
    }

    @Override
    public synchronized HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
      Session session = sessions.get(user);
      if (session == null) {
        session = login(user);
        sessions.put(user, session);
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", session.csrf())
          .build();
      return session.browser().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Session login(String user) throws Exception {
      CookieManager cookies = new CookieManager();
      HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
      browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      Session anonymous = new Session(browser, cookies);
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", anonymous.csrf())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=demo"))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + login.body());
      }
      // The login starts a new session; like Tasklist, fetch its CSRF token with a first read.
      browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).build(),
          HttpResponse.BodyHandlers.discarding());
      return anonymous;
    }

    @Override
    public String toString() {
      return "/camunda/api/engine";
    }

    private record Session(HttpClient browser, CookieManager cookies) {
      String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue).reduce((first, latest) -> latest).orElseThrow();
      }
    }
  }
}
