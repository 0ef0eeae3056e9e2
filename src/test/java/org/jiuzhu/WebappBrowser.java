package org.jiuzhu;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser on the Camunda webapps: it keeps their cookies and sends the CSRF token they ask of every change
 * (the latest one: logging in starts a new session with a new token).
 */
public final class WebappBrowser {

  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private final String base;

  /** Opens the Admin app first, as a person would, which hands out the CSRF token. */
  public WebappBrowser(int port) throws Exception {
    http = HttpClient.newBuilder().cookieHandler(cookies).build();
    base = "http://localhost:" + port;
    send("GET", "/camunda/app/admin/default/", null, null);
  }

  public HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    return send(method, path, contentType, body, null, true);
  }

  /** The session's cookies without the CSRF token, as a page of another site would send them. */
  public HttpResponse<String> sendWithoutToken(String method, String path, String contentType, String body)
      throws Exception {
    return send(method, path, contentType, body, null, false);
  }

  /** A page or data the browser opens, asking for {@code accept} (a browser's own asks for text/html first). */
  public HttpResponse<String> get(String path, String accept) throws Exception {
    return send("GET", path, null, null, accept, true);
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body, String accept,
      boolean token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (token) {
      csrf().ifPresent(value -> request.header("X-XSRF-TOKEN", value));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A file sent as the request body (an upload), with or without the session's CSRF token. */
  public HttpResponse<String> postFile(String path, String contentType, byte[] body, boolean token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
        .header("Accept", "application/json");
    if (token) {
      csrf().ifPresent(value -> request.header("X-XSRF-TOKEN", value));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return send("POST", path, contentType, body);
  }

  /** The login form of Tasklist; a successful login then reads once, as Tasklist does, to get the new token. */
  public HttpResponse<String> logIn(String user, String password) throws Exception {
    HttpResponse<String> login = post("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    if (login.statusCode() == 200) {
      send("GET", "/camunda/api/admin/auth/user/default", null, null);
    }
    return login;
  }

  private java.util.Optional<String> csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, latest) -> latest);
  }
}
