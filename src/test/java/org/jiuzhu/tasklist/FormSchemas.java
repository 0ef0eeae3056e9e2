package org.jiuzhu.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Forms in forms/, read as form-js reads them: components, their data paths and their templates. */
public final class FormSchemas {

  public static final Path FOLDER = Path.of("forms");
  /** A template tag as form-js 1.8.7 (feelers) finds it: {{…}}. */
  static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])[A-Za-z_]\\w*");
  /** FEEL's keywords and literals: never variables. form-js evaluates a tag such as {{else}} as FEEL and fails. */
  static final Set<String> FEEL_KEYWORDS = Set.of("else", "then", "if", "for", "in", "return", "some", "every",
      "satisfies", "and", "or", "not", "between", "instance", "of", "function", "null", "true", "false");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSchemas() {
  }

  public static List<Path> all() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Path form) {
    try {
      return JSON.readTree(form.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A component and the data path of its parents (groups with a path), outermost first. */
  public record Component(JsonNode node, List<String> parentPath) {

    String id() {
      return node.path("id").asText();
    }

    String type() {
      return node.path("type").asText();
    }
  }

  public static List<Component> components(JsonNode schema) {
    List<Component> all = new ArrayList<>();
    collect(schema.path("components"), List.of(), all);
    return all;
  }

  private static void collect(JsonNode components, List<String> parentPath, List<Component> into) {
    for (JsonNode c : components) {
      into.add(new Component(c, parentPath));
      List<String> path = new ArrayList<>(parentPath);
      if (c.hasNonNull("path") && !c.path("path").asText().isEmpty()) {
        path.addAll(Arrays.asList(c.path("path").asText().split("\\.")));
      }
      collect(c.path("components"), path, into);
    }
  }

  /**
   * The top-level variable names a form submits: form-js submits every keyed field that is not disabled, at
   * its path (groups' paths, then its key), and Tasklist sends each top-level entry as one variable.
   */
  public static Set<String> submittedVariables(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    for (Component c : components(schema)) {
      if (c.node().hasNonNull("key") && !c.node().path("disabled").asBoolean(false)) {
        names.add(c.parentPath().isEmpty() ? c.node().path("key").asText().split("\\.")[0] : c.parentPath().get(0));
      }
    }
    return names;
  }

  /** Every string property of a component that holds a template (text, label, description …), by property name. */
  static Map<String, String> templates(Component c) {
    Map<String, String> templates = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = c.node().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getValue().isTextual() && TAG.matcher(f.getValue().asText()).find()) {
        templates.put(f.getKey(), f.getValue().asText());
      }
    }
    return templates;
  }

  /** The variables a template reads, in the order they first appear. */
  static Set<String> variables(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher tag = TAG.matcher(template);
    while (tag.find()) {
      Matcher id = IDENTIFIER.matcher(tag.group(1).replaceFirst("^\\s*[#/]", ""));
      while (id.find()) {
        if (!FEEL_KEYWORDS.contains(id.group())) {
          names.add(id.group());
        }
      }
    }
    return names;
  }
}
