package org.toolflow.system.authorization;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/** Opens {@link OwnGroupsAuthorizationManager} wherever a command asks for the {@link AuthorizationManager}. */
class OwnGroupsAuthorizationManagerFactory implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new OwnGroupsAuthorizationManager();
  }
}
