package org.jiuzhu.deployment;

import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The camunda properties ({@code <camunda:property name value>}) a model element carries, read while the model
 * is parsed: the project's plugins take their per-element settings from them (what to audit, what a step
 * accepts), so a model says it where an admin edits it.
 */
public final class ModelProperties {

  private ModelProperties() {
  }

  /** The values of the element's properties with this name, in model order. */
  public static List<String> values(Element element, String name) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return List.of();
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> name.equals(property.attribute("name")))
        .map(property -> property.attribute("value", ""))
        .toList();
  }
}
