package org.toolflow.system.database;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** History queries whose cost does not grow with years of history where the engine's SQL allows it. */
@Component
class HistorySqlPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    HistoricInstancesWithoutDistinct.register(engine);
  }
}
