package org.toolflow.system.decisions;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link ParsedOnceFeelEngine} before the engine builds its DMN engine; everything else of the DMN engine
 * (history, custom functions, expression languages) is set by the engine as usual.
 */
@Component
class FeelParsedOnce extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(dmn));
  }
}
