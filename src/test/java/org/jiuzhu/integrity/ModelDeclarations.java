package org.jiuzhu.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The declarations of the models in processes/, read as tests need them (the engine reads them at deployment). */
public final class ModelDeclarations {

  private static final Path PROCESSES = Path.of("processes");

  private ModelDeclarations() {
  }

  public static List<BpmnModelInstance> models() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(Path::toFile)
          .map(Bpmn::readModelFromFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Process process(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next();
  }

  /** The declared fields of a start event, user task or message catch event, by name. */
  public static Map<String, Field> of(BaseElement element) {
    Map<String, Field> fields = new LinkedHashMap<>();
    if (element.getExtensionElements() != null) {
      for (CamundaProperties properties : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (Declarations.PROPERTY.equals(property.getCamundaName())) {
            Field field = Field.parse(property.getCamundaValue());
            fields.put(field.name(), field);
          }
        }
      }
    }
    return fields;
  }

  /** The process's own start event. */
  public static StartEvent start(BpmnModelInstance model) {
    Process process = process(model);
    return model.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getParentElement() == process).findFirst().orElseThrow();
  }

  /** What a start of the procedure with this key accepts. */
  public static Map<String, Field> startOf(String processKey) {
    return models().stream().filter(m -> process(m).getId().equals(processKey)).findFirst()
        .map(m -> of(start(m))).orElseThrow();
  }
}
