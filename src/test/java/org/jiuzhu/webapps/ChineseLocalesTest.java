package org.jiuzhu.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every text of Camunda's 7.24 English locale has the project's Chinese: a Camunda upgrade that adds a key fails
 * here, naming it, instead of showing English to the staff.
 */
class ChineseLocalesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> APPS = WebappFiles.APPS;
  /** {{name}}, {{ name }} and the bare {} that Cockpit's code fills in. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}");
  /** The HTML the English texts carry (links, emphasis, line breaks). */
  private static final Pattern TAG = Pattern.compile("</?(?:a|strong|br)\\b[^>]*>");
  /** The English plural suffix Cockpit's templates append to a noun; Chinese has none, so its text is empty. */
  private static final String PLURAL_SUFFIX = "s";

  @ParameterizedTest
  @FieldSource("APPS")
  void everyEnglishKeyHasItsChineseText(String app) throws Exception {
    JsonNode english = JSON.readTree(WebappFiles.original(app + "/locales/en.json"));
    JsonNode chinese = JSON.readTree(WebappFiles.project(app + "/locales/zh.json"));
    JsonNode zh = chinese.path("labels");

    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.path("labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      String en = entry.getValue().asText();
      if (!zh.has(key)) {
        problems.add(key + ": missing");
        continue;
      }
      String text = zh.get(key).asText();
      if (text.isBlank() && !en.isBlank() && !en.equals(PLURAL_SUFFIX)) {
        problems.add(key + ": empty");
      }
      if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, text))) {
        problems.add(key + ": placeholders " + tokens(PLACEHOLDER, text) + " instead of " + tokens(PLACEHOLDER, en));
      }
      if (!tokens(TAG, en).equals(tokens(TAG, text))) {
        problems.add(key + ": HTML " + tokens(TAG, text) + " instead of " + tokens(TAG, en));
      }
    }
    zh.fieldNames().forEachRemaining(key -> {
      if (!english.path("labels").has(key)) {
        problems.add(key + ": not in Camunda's English locale any more");
      }
    });
    assertThat(problems).as("zh.json of %s", app).isEmpty();

    // Moment's date words and formats (month names, 'a few seconds ago') come with the locale too.
    assertThat(names(chinese.path("dateLocales"))).as("dateLocales of %s", app)
        .isEqualTo(names(english.path("dateLocales")));
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    found.sort(null);
    return found;
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
