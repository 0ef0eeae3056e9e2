package org.jiuzhu.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The webapps' files on the test classpath: Camunda's originals from the 7.24 webjar and the project's own copies
 * that override them (same path, in the project's resources).
 */
final class WebappFiles {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar-7.24.0.jar";

  private WebappFiles() {
  }

  /** Camunda's own file, e.g. {@code tasklist/locales/en.json}, whatever the project puts at the same path. */
  static String original(String path) {
    return read(path, true);
  }

  /** The project's file at that path. */
  static String project(String path) {
    return read(path, false);
  }

  private static String read(String path, boolean fromWebjar) {
    try {
      List<URL> found = Collections.list(WebappFiles.class.getClassLoader().getResources(ROOT + path));
      URL url = found.stream()
          .filter(candidate -> candidate.toString().contains(WEBJAR) == fromWebjar)
          .findFirst()
          .orElseThrow(() -> new AssertionError((fromWebjar ? WEBJAR : "the project") + " has no " + path));
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // Camunda's locale files start with a byte-order mark.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
