package org.jiuzhu;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and webapps look up "the" engine in a JVM-wide registry, where the engine started last
 * wins, while a test run keeps several application contexts, each with its own engine, cached. Before each
 * test this registers the engine of the test's own context again, so HTTP calls reach the engine the test
 * checks whatever order the test classes run in (registered in META-INF/spring.factories).
 */
public class CurrentProcessEngine extends AbstractTestExecutionListener {

  @Override
  public void prepareTestInstance(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
