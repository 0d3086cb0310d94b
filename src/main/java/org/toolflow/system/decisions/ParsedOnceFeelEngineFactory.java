package org.toolflow.system.decisions;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;

/** Gives the DMN engine {@link ParsedOnceFeelEngine}, with the custom FEEL functions its configuration holds. */
class ParsedOnceFeelEngineFactory implements FeelEngineFactory {

  private final DefaultDmnEngineConfiguration dmnConfiguration;

  ParsedOnceFeelEngineFactory(DefaultDmnEngineConfiguration dmnConfiguration) {
    this.dmnConfiguration = dmnConfiguration;
  }

  @Override
  public FeelEngine createInstance() {
    return new ParsedOnceFeelEngine(dmnConfiguration.getFeelCustomFunctionProviders());
  }
}
