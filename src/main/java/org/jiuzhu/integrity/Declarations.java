package org.jiuzhu.integrity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.EventSubscriptionDeclaration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.jiuzhu.deployment.ModelProperties;

/**
 * Reads each model's declarations as it is deployed (or re-read after a restart) and keeps them with the
 * element they belong to, so a case is always checked against the version of the model it runs on.
 */
public class Declarations extends AbstractBpmnParseListener {

  public static final String PROPERTY = "field";
  private static final String ACTIVITY_PROPERTY = "jiuzhu.declaration";

  /** Message name → the latest model's declaration of what its correlation may carry. */
  private final Map<String, Declaration> messages = new ConcurrentHashMap<>();

  /** The declaration of an element of a deployed model; a start or step that declares nothing accepts nothing. */
  public static Declaration of(ActivityImpl activity) {
    return activity == null ? Declaration.NOTHING
        : Optional.ofNullable((Declaration) activity.getProperty(ACTIVITY_PROPERTY)).orElse(Declaration.NOTHING);
  }

  public Declaration ofMessage(String messageName) {
    return messages.getOrDefault(messageName, Declaration.NOTHING);
  }

  /** The {@code field} properties of a BPMN element, parsed; an unreadable one fails the deployment. */
  public static List<Field> fields(Element element) {
    return ModelProperties.values(element, PROPERTY).stream().map(Field::parse).toList();
  }

  private static Declaration declare(Element element, ActivityImpl activity) {
    Declaration declaration = Declaration.of(element.attribute("name", activity.getId()), fields(element));
    activity.setProperty(ACTIVITY_PROPERTY, declaration);
    return declaration;
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
    if (scope instanceof ProcessDefinitionEntity) {
      // A message start event (an admin's start, such as monthly-payout's) declares what its message may carry.
      declareMessage(element, startEvent, scope);
    } else if (scope instanceof ActivityImpl eventSubProcess && eventSubProcess.isTriggeredByEvent()) {
      // So does an event subprocess's (dibao-case's 暂停发放); its subscription lives in the enclosing scope.
      declareMessage(element, startEvent, startEvent.getEventScope());
    }
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    declare(element, activity);
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    declareMessage(element, activity, activity.getEventScope());
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    declareMessage(element, activity, activity.getEventScope());
  }

  /** @param eventScope where the engine keeps the event's subscription: the process itself for a start event */
  private void declareMessage(Element element, ActivityImpl activity, ScopeImpl eventScope) {
    Declaration declaration = declare(element, activity);
    EventSubscriptionDeclaration subscription =
        EventSubscriptionDeclaration.getDeclarationsForScope(eventScope).get(activity.getId());
    if (subscription != null && "message".equals(subscription.getEventType())) {
      messages.put(subscription.getUnresolvedEventName(), declaration);
    }
  }
}
