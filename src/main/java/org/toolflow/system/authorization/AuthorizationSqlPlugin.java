package org.toolflow.system.authorization;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Authorization checks whose cost does not grow with history: the caller's groups go into the SQL without
 * reading the whole authorization table first, and the task query checks permissions by sub-queries.
 * What a user may see or do is unchanged; only the SQL that decides it differs.
 */
@Component
class AuthorizationSqlPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    List<SessionFactory> factories = engine.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(engine.getCustomSessionFactories());
    factories.add(new OwnGroupsAuthorizationManagerFactory());
    engine.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    TaskQueryByExists.register(engine);
  }
}
