package org.jiuzhu;

import java.net.http.HttpResponse;
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

  /** One logged-in browser per user. */
  final class Webapps implements EngineApi {

    private final int port;
    private final Map<String, WebappBrowser> browsers = new HashMap<>();

    Webapps(int port) {
      this.port = port;
    }

    @Override
    public synchronized HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
      WebappBrowser browser = browsers.get(user);
      if (browser == null) {
        browser = new WebappBrowser(port);
        HttpResponse<String> login = browser.logIn(user, "demo");
        if (login.statusCode() != 200) {
          throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        browsers.put(user, browser);
      }
      return browser.send(method, "/camunda/api/engine/engine/default" + path, "application/json", body);
    }

    @Override
    public String toString() {
      return "/camunda/api/engine";
    }
  }
}
