package org.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP calls to the running application as a given user (password demo, as every demo user has). */
public final class RestCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  public RestCalls(int port) {
    this.port = port;
  }

  /** A call as {@code user} with password demo; a null user calls anonymously. */
  public HttpResponse<String> as(String user, String method, String path, String body) throws Exception {
    return call(method, path, body, user == null ? null : user + ":demo");
  }

  public HttpResponse<String> call(String method, String path, String body, String credentials) throws Exception {
    return call(method, path, body, credentials, "application/json");
  }

  public HttpResponse<String> call(String method, String path, String body, String credentials, String contentType)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", contentType)
        // a hung server fails the test instead of stalling the build
        .timeout(Duration.ofMinutes(1));
    if (credentials != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A call with a binary body and answer (uploads, PDFs), as {@code user} with password demo. */
  public HttpResponse<byte[]> bytes(String user, String method, String path, byte[] body, String contentType)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
        .timeout(Duration.ofMinutes(1));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  /** The fields an error answer names in its problems, in order. */
  public static List<String> problemFields(HttpResponse<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    JSON.readTree(response.body()).path("problems").forEach(p -> fields.add(p.get("field").asText()));
    return fields;
  }

  /** The contract's typed variables: Boolean, Long, or String (witnesses as a String holding JSON). */
  public static String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> typed = new HashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : value instanceof Number ? "Long" : "String")));
    return JSON.writeValueAsString(Map.of("variables", typed));
  }
}
