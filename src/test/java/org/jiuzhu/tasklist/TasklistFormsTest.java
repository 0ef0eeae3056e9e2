package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.tasklist.FormSchemas.*;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form against what Tasklist 7.24 and its form-js 1.8.7 can render and submit, without a browser;
 * {@link TasklistBrowserTest} and {@link FormTemplatesBrowserTest} show the same in Chromium.
 */
class TasklistFormsTest {

  private static final String NAME = "[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*";
  /** The tags form-js 1.8.7 renders as meant: a condition on a value or on its negation, and an insert. */
  private static final Pattern CONDITION = Pattern.compile("#if\\s+(?:" + NAME + "|not\\(\\s*" + NAME + "\\s*\\))\\s*");
  private static final Pattern INSERT = Pattern.compile("\\s*" + NAME + "\\s*");

  static List<Path> forms() {
    return FormSchemas.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void templatesUseOnlyWhatFormJs187Renders(Path form) {
    List<String> problems = new ArrayList<>();
    for (Component c : components(read(form))) {
      templates(c).forEach((property, template) ->
          templateProblems(template).forEach(problem -> problems.add(c.id() + "." + property + ": " + problem)));
    }
    assertThat(problems).as(form.toString()).isEmpty();
  }

  @Test
  void theTemplateCheckRefusesElseAndUnclosedConditions() {
    assertThat(templateProblems("{{#if dibaoOrTekun}}是{{else}}否{{/if}}")).singleElement().asString().contains("else");
    assertThat(templateProblems("{{#if dibaoOrTekun}}是")).singleElement().asString().contains("{{/if}}");
    assertThat(templateProblems("{{#unless dibaoOrTekun}}否{{/unless}}")).hasSize(2);
    assertThat(templateProblems("{{#if dibaoOrTekun}}是{{/if}}{{#if not(dibaoOrTekun)}}否{{/if}}：{{caseNumber}}")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void noFormHasARepeatingList(Path form) {
    // Tasklist 7.24 disables Start/Complete while form-js's errors object has any key; a field in a repeating
    // list leaves {fieldId: []} there after its first edit, so the button greys out for good.
    assertThat(components(read(form)))
        .filteredOn(c -> c.type().equals("dynamiclist") && c.node().path("isRepeating").asBoolean(false))
        .extracting(Component::id)
        .isEmpty();
  }

  /** What is wrong with a template for form-js 1.8.7; empty when every tag is one it renders. */
  static List<String> templateProblems(String template) {
    List<String> problems = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(template);
    while (tag.find()) {
      String content = tag.group(1);
      if (CONDITION.matcher(content).matches()) {
        open.push(content);
      } else if (content.strip().equals("/if")) {
        if (open.poll() == null) {
          problems.add("{{/if}} without {{#if …}}");
        }
      } else if (!INSERT.matcher(content).matches() || FEEL_KEYWORDS.contains(content.strip())) {
        problems.add("{{" + content + "}} is not rendered by form-js 1.8.7 (it shows ⚠); use only {{#if x}}, "
            + "{{#if not(x)}}, {{/if}} and {{x}}, e.g. {{#if x}}是{{/if}}{{#if not(x)}}否{{/if}} for an either/or");
      }
    }
    open.forEach(unclosed -> problems.add("{{" + unclosed + "}} has no {{/if}}"));
    return problems;
  }
}
