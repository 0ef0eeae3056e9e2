package org.jiuzhu.integrity;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The models' declarations are the one list of what each start and step accepts: every form field a form sends
 * is declared by the element that shows the form (with the form's length no larger than the declared one), and
 * the contract's names for outside systems are what the models declare.
 */
class DeclarationsContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path CONTRACT = Path.of("../shared/CONTRACT.md");
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
      "select", "taglist", "datetime", "dynamiclist");

  @Test
  void everyFieldAFormSendsIsDeclaredByItsStep() throws IOException {
    Map<String, JsonNode> forms = forms();
    int checked = 0;
    for (BpmnModelInstance model : models()) {
      for (FlowNode element : model.getModelElementsByType(FlowNode.class)) {
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
        if (formRef == null) {
          continue;
        }
        assertThat(forms).as("form %s of %s", formRef, element.getId()).containsKey(formRef);
        Map<String, Field> declared = declared(element);
        for (JsonNode input : inputs(forms.get(formRef))) {
          String key = input.path("key").asText(input.path("path").asText());
          assertThat(declared).as("%s (%s) sends %s", element.getId(), formRef, key).containsKey(key);
          int maxLength = input.path("validate").path("maxLength").asInt(0);
          Matcher length = Pattern.compile("(?:text|memo) (\\d+)").matcher(declared.get(key).type());
          if (maxLength > 0 && length.matches()) {
            assertThat(maxLength).as("%s: form allows more than %s declares", key, element.getId())
                .isLessThanOrEqualTo(Integer.parseInt(length.group(1)));
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void theContractsNamesAreWhatTheModelsDeclare() throws IOException {
    if (!Files.exists(CONTRACT)) {
      return; // shared/ sits beside the project in CI and on the developers' machines; a lone clone has no contract
    }
    String contract = Files.readString(CONTRACT);
    int sections = 0;
    for (BpmnModelInstance model : models()) {
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      String section = section(contract, process.getId());
      if (section == null) {
        continue;
      }
      sections++;
      StartEvent start = model.getModelElementsByType(StartEvent.class).stream()
          .filter(s -> s.getParentElement() == process).findFirst().orElseThrow();
      assertThat(declared(start).keySet()).as("start of %s", process.getId())
          .containsExactlyInAnyOrderElementsOf(startVariables(section));
      for (Map.Entry<String, Set<String>> step : stepVariables(section).entrySet()) {
        BaseElement task = model.getModelElementById(step.getKey());
        assertThat(task).as("%s in %s", step.getKey(), process.getId()).isNotNull();
        assertThat(declared(task).keySet()).as("%s of %s", step.getKey(), process.getId())
            .containsAll(step.getValue());
      }
    }
    assertThat(sections).isEqualTo(3);
  }

  private static Map<String, Field> declared(BaseElement element) {
    Map<String, Field> fields = new HashMap<>();
    if (element.getExtensionElements() != null) {
      element.getExtensionElements().getElementsQuery().filterByType(
          org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().forEach(properties -> {
            for (CamundaProperty property : properties.getCamundaProperties()) {
              if (Declarations.PROPERTY.equals(property.getCamundaName())) {
                Field field = Field.parse(property.getCamundaValue());
                fields.put(field.name(), field);
              }
            }
          });
    }
    return fields;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    List<JsonNode> inputs = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (INPUTS.contains(component.path("type").asText()) && !component.path("disabled").asBoolean(false)) {
        inputs.add(component);
      } else if (component.has("components")) {
        inputs.addAll(inputs(component));
      }
    }
    return inputs;
  }

  private static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    return forms;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(Path::toFile)
          .map(Bpmn::readModelFromFile).toList();
    }
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

  /** Variable names (lowerCamelCase in backticks) between "Start variables" and the steps' table. */
  private static Set<String> startVariables(String section) {
    int from = section.indexOf("Start variables");
    int to = section.indexOf("| step", from);
    String text = section.substring(from, Math.min(to < 0 ? section.length() : to,
        section.indexOf("\nA start") < from ? section.length() : section.indexOf("\nA start")));
    return names(text);
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
