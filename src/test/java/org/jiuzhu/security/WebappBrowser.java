package org.jiuzhu.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser on the Camunda webapps: it keeps their cookies and sends the CSRF token they ask of every change. */
final class WebappBrowser {

  private final HttpClient http;
  private final String base;
  private final String csrf;

  /** Opens the Admin app first, as a person would, which hands out the CSRF token. */
  WebappBrowser(int port) throws Exception {
    CookieManager cookies = new CookieManager();
    http = HttpClient.newBuilder().cookieHandler(cookies).build();
    base = "http://localhost:" + port;
    http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType).header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The login form of Tasklist. */
  HttpResponse<String> logIn(String user, String password) throws Exception {
    return post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
        "username=" + user + "&password=" + password);
  }
}
