package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.tasklist.FormSchemas.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every template of every form, rendered in Chromium by the form-js Tasklist 7.24 itself ships (1.8.7), with
 * each boolean it reads true, false and unset: it must read differently for each, and never show ⚠ (form-js's
 * mark for what it cannot evaluate, such as {{else}}) or a leftover tag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormTemplatesBrowserTest {

  enum Kind { TEXT, OPTIONAL_TEXT, BOOLEAN }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every variable a form template reads and what the cases hold in it; a template reading another fails. */
  private static final Map<String, Kind> VARIABLES = Map.ofEntries(
      Map.entry("caseNumber", Kind.TEXT),
      Map.entry("applicantIdNumberMasked", Kind.TEXT),
      Map.entry("bankAccountMasked", Kind.TEXT),
      Map.entry("townshipName", Kind.TEXT),
      Map.entry("villageName", Kind.TEXT),
      Map.entry("approvedAmount", Kind.TEXT),
      Map.entry("applicationCaseNumber", Kind.TEXT),
      Map.entry("refusalReason", Kind.TEXT),
      Map.entry("urbanDibaoStandard", Kind.TEXT),
      Map.entry("overdueStepName", Kind.TEXT),
      Map.entry("overdueUnit", Kind.TEXT),
      Map.entry("overdueDueDate", Kind.TEXT),
      Map.entry("objectionReason", Kind.OPTIONAL_TEXT),
      Map.entry("amountLimits", Kind.OPTIONAL_TEXT),
      Map.entry("reserveFundNote", Kind.OPTIONAL_TEXT),
      Map.entry("dibaoOrTekun", Kind.BOOLEAN),
      Map.entry("dibaoOrTekunConfirmed", Kind.BOOLEAN),
      Map.entry("assistanceType", Kind.TEXT),
      Map.entry("applicantName", Kind.TEXT),
      Map.entry("applicantPhone", Kind.TEXT),
      Map.entry("householdSize", Kind.TEXT),
      Map.entry("perCapitaIncome", Kind.TEXT),
      Map.entry("assetsPerPerson", Kind.TEXT),
      Map.entry("dibaoStandard", Kind.TEXT),
      Map.entry("monthlyBenefit", Kind.TEXT),
      Map.entry("singlePersonHousehold", Kind.BOOLEAN),
      Map.entry("singlePersonCategory", Kind.OPTIONAL_TEXT),
      Map.entry("registeredPoorUnableToWork", Kind.BOOLEAN),
      Map.entry("noticePlace", Kind.TEXT),
      Map.entry("noticeFrom", Kind.TEXT),
      Map.entry("noticeTo", Kind.TEXT),
      Map.entry("objectionCount", Kind.OPTIONAL_TEXT),
      Map.entry("reviewReasons", Kind.TEXT),
      Map.entry("payoutMonth", Kind.TEXT),
      Map.entry("townshipCode", Kind.TEXT),
      Map.entry("batchCases", Kind.TEXT),
      Map.entry("batchAmount", Kind.TEXT),
      Map.entry("batchSkipped", Kind.TEXT),
      Map.entry("batchNo", Kind.TEXT),
      Map.entry("returnCount", Kind.OPTIONAL_TEXT),
      Map.entry("returnedFrom", Kind.OPTIONAL_TEXT),
      Map.entry("returnReason", Kind.OPTIONAL_TEXT),
      Map.entry("missingMaterialsText", Kind.TEXT));

  /**
   * Takes form-js from Tasklist's own bundle, so templates render with exactly the code staff use and nothing
   * is downloaded: Tasklist's webpack runtime hands its require function to any chunk pushed onto this array.
   * The bundle also holds the form editor's playground, which is skipped.
   */
  private static final String LOAD_FORM_JS = """
      let require;
      self.webpackChunkcamunda_bpm_webapp.push([['jiuzhu-form-templates'], {}, r => { require = r; }]);
      const viewer = Object.keys(require.m).find(id => {
        const source = String(require.m[id]);
        return source.includes('_getSubmitData') && !source.includes('FormEditor');
      });
      window.jiuzhuFormJs = require(viewer);
      return typeof window.jiuzhuFormJs.Form;""";

  private static final String RENDER = """
      const [schema, data, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
      const container = document.body.appendChild(document.createElement('div'));
      const form = new window.jiuzhuFormJs.Form({ container });
      form.importSchema(schema, data).then(
          () => { const text = container.innerText; form.destroy(); container.remove(); done(text); },
          error => { container.remove(); done('import failed: ' + error.message); });""";


  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void everyTemplateReadsRightForTrueAndFalse() {
    chromium.logInToTasklist("clerk1");
    assertThat(chromium.script(LOAD_FORM_JS)).isEqualTo("function");
    List<String> problems = new ArrayList<>();
    int templated = 0;
    for (Path form : FormSchemas.all()) {
      for (Component component : components(read(form))) {
        Set<String> variables = new LinkedHashSet<>();
        templates(component).values().forEach(template -> variables.addAll(FormSchemas.variables(template)));
        if (!variables.isEmpty()) {
          templated++;
          problems.addAll(check(form.getFileName() + " " + component.id(), component, variables));
        }
      }
    }
    assertThat(templated).as("templated components found").isPositive();
    assertThat(problems).isEmpty();
  }

  private List<String> check(String where, Component component, Set<String> variables) {
    List<String> unknown = variables.stream().filter(v -> !VARIABLES.containsKey(v)).toList();
    if (!unknown.isEmpty()) {
      return List.of(where + " reads " + unknown + ": say in VARIABLES what they hold");
    }
    // Every combination: texts set, optional texts set or not, booleans true, false or unset.
    List<Map<String, Object>> cases = List.of(Map.of());
    for (String variable : variables) {
      Kind kind = VARIABLES.get(variable);
      cases = with(cases, variable, kind == Kind.BOOLEAN ? new Object[] {true, false, null}
          : kind == Kind.OPTIONAL_TEXT ? new Object[] {sample(variable), null} : new Object[] {sample(variable)});
    }
    Map<Map<String, Object>, String> rendered = new LinkedHashMap<>();
    cases.forEach(data -> rendered.put(data, render(component, data)));

    List<String> problems = new ArrayList<>();
    rendered.forEach((data, text) -> {
      if (text.contains("⚠") || text.contains("{{") || text.startsWith("import failed")) {
        problems.add(where + " with " + data + " renders: " + text);
      }
    });
    for (String variable : variables) {
      if (VARIABLES.get(variable) != Kind.BOOLEAN
          && rendered.values().stream().noneMatch(text -> text.contains(sample(variable)))) {
        problems.add(where + " never shows " + variable);
      }
      if (VARIABLES.get(variable) == Kind.BOOLEAN) {
        rendered.keySet().stream().filter(data -> !data.containsKey(variable)).forEach(unset -> {
          String whenTrue = rendered.get(with(unset, variable, true));
          String whenFalse = rendered.get(with(unset, variable, false));
          if (whenTrue.equals(whenFalse) || whenTrue.equals(rendered.get(unset))
              || whenFalse.equals(rendered.get(unset))) {
            problems.add(where + " does not say whether " + variable + " (with " + unset + "): true → " + whenTrue
                + " | false → " + whenFalse + " | unset → " + rendered.get(unset));
          }
        });
      }
    }
    return problems;
  }

  private String render(Component component, Map<String, Object> data) {
    Map<String, Object> schema = Map.of("type", "default", "id", "Form_templateCheck",
        "components", List.of(component.node()));
    return (String) chromium.asyncScript(RENDER, JSON.convertValue(schema, Map.class), data);
  }

  private static List<Map<String, Object>> with(List<Map<String, Object>> cases, String variable, Object[] values) {
    List<Map<String, Object>> more = new ArrayList<>();
    for (Map<String, Object> data : cases) {
      for (Object value : values) {
        more.add(with(data, variable, value));
      }
    }
    return more;
  }

  /** The case with the variable set to the value, or unset for null (form-js then sees no such variable). */
  private static Map<String, Object> with(Map<String, Object> data, String variable, Object value) {
    Map<String, Object> copy = new HashMap<>(data);
    if (value == null) {
      copy.remove(variable);
    } else {
      copy.put(variable, value);
    }
    return Map.copyOf(copy);
  }

  private static String sample(String variable) {
    return "〔" + variable + "〕";
  }
}
