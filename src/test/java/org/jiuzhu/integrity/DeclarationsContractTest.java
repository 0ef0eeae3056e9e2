package org.jiuzhu.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jiuzhu.tasklist.FormSchemas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The models' declarations are the one list of what each start and step accepts: every variable a form submits
 * is declared by the element that shows the form (with the form's length no larger than the declared one), and
 * the contract's names for outside systems are what the models declare.
 */
class DeclarationsContractTest {

  private static final Path CONTRACT = Path.of("../shared/CONTRACT.md");

  @Test
  void everyVariableAFormSubmitsIsDeclaredByItsStep() {
    Map<String, JsonNode> forms = new HashMap<>();
    FormSchemas.all().forEach(file -> {
      JsonNode form = FormSchemas.read(file);
      forms.put(form.get("id").asText(), form);
    });
    int checked = 0;
    for (BpmnModelInstance model : ModelDeclarations.models()) {
      for (FlowNode element : model.getModelElementsByType(FlowNode.class)) {
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
        if (formRef == null) {
          continue;
        }
        assertThat(forms).as("form %s of %s", formRef, element.getId()).containsKey(formRef);
        Map<String, Field> declared = ModelDeclarations.of(element);
        JsonNode form = forms.get(formRef);
        assertThat(declared.keySet()).as("%s (%s)", element.getId(), formRef)
            .containsAll(FormSchemas.submittedVariables(form));
        for (FormSchemas.Component input : FormSchemas.components(form)) {
          int maxLength = input.node().path("validate").path("maxLength").asInt(0);
          Field field = input.parentPath().isEmpty() ? declared.get(input.node().path("key").asText()) : null;
          Matcher length = Pattern.compile("(?:text|memo) (\\d+)").matcher(field == null ? "" : field.type());
          if (maxLength > 0 && length.matches()) {
            assertThat(maxLength).as("%s: the form allows more than %s declares", field.name(), element.getId())
                .isLessThanOrEqualTo(Integer.parseInt(length.group(1)));
          }
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void theContractsNamesAreWhatTheModelsDeclare() throws IOException {
    if (!Files.exists(CONTRACT)) {
      return; // shared/ sits beside the project in CI and on the developers' machines; a lone clone has no contract
    }
    String contract = Files.readString(CONTRACT);
    int sections = 0;
    for (BpmnModelInstance model : ModelDeclarations.models()) {
      String key = ModelDeclarations.process(model).getId();
      String section = section(contract, key);
      if (section == null) {
        continue;
      }
      sections++;
      // Every name the contract gives a start is declared; a model may take more (optional fields the seeds ask
      // for, such as P1's identity papers), listed as contract additions until the contract names them.
      assertThat(ModelDeclarations.of(ModelDeclarations.start(model)).keySet()).as("start of %s", key)
          .containsAll(startVariables(section));
      for (Map.Entry<String, Set<String>> step : stepVariables(section).entrySet()) {
        BaseElement task = model.getModelElementById(step.getKey());
        assertThat(task).as("%s in %s", step.getKey(), key).isNotNull();
        assertThat(ModelDeclarations.of(task).keySet()).as("%s of %s", step.getKey(), key)
            .containsAll(step.getValue());
      }
    }
    assertThat(sections).isEqualTo(3);
  }

  /** The contract's section of a procedure: from its heading naming the key to the next heading. */
  private static String section(String contract, String processKey) {
    Matcher m = Pattern.compile("(?m)^## .*`" + Pattern.quote(processKey) + "`.*$").matcher(contract);
    if (!m.find()) {
      return null;
    }
    int end = contract.indexOf("\n## ", m.end());
    return contract.substring(m.end(), end < 0 ? contract.length() : end);
  }

  /** Variable names (lowerCamelCase in backticks) from "Start variables" to the steps' table or the next rule. */
  private static Set<String> startVariables(String section) {
    int from = section.indexOf("Start variables");
    int to = section.length();
    for (String next : new String[] {"| step", "\nA start", "\nDecisions"}) {
      int at = section.indexOf(next, from);
      to = at > from ? Math.min(to, at) : to;
    }
    return names(section.substring(from, to));
  }

  /** Each table row naming a step (`Task_…`): the variables of its last column. */
  private static Map<String, Set<String>> stepVariables(String section) {
    Map<String, Set<String>> steps = new HashMap<>();
    Matcher row = Pattern.compile("(?m)^\\|.*`(Task_[A-Za-z]+)`.*\\|([^|]*)\\|\\s*$").matcher(section);
    while (row.find()) {
      steps.put(row.group(1), names(row.group(2)));
    }
    return steps;
  }

  private static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = Pattern.compile("`([a-z][a-zA-Z]*)`").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
