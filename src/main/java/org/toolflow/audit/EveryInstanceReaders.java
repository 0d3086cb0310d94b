package org.toolflow.audit;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/**
 * Tells a caller who may read the history of every process (an auditor) from everyone else: the engine's per-row
 * authorization check would keep every row for them, yet costs seconds over years of history, so their search
 * leaves it out. Anyone else, or anyone whom a revoke of history reading touches, is searched with the engine's check.
 */
@Component
class EveryInstanceReaders {

  private final ProcessEngine processEngine;
  private final AsSystem asSystem;

  EveryInstanceReaders(ProcessEngine processEngine, AsSystem asSystem) {
    this.processEngine = processEngine;
    this.asSystem = asSystem;
  }

  /** Runs {@code everyInstance} for a caller who reads every instance, {@code checked} for anyone else. */
  <T> T search(Supplier<T> everyInstance, Supplier<T> checked) {
    Authentication caller = processEngine.getIdentityService().getCurrentAuthentication();
    if (caller == null || !readsEveryInstance(caller)) {
      return checked.get();
    }
    // Inside one command: the authentication stays on it, so only the authorization check is off, not the tenant check.
    return configuration().getCommandExecutorTxRequired().execute(context -> asSystem.call(everyInstance));
  }

  boolean readsEveryInstance(Authentication caller) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return asSystem.call(() -> {
      AuthorizationService authorizations = processEngine.getAuthorizationService();
      return authorizations.isUserAuthorized(caller.getUserId(), groups, ProcessDefinitionPermissions.READ_HISTORY,
          Resources.PROCESS_DEFINITION, ANY)
          && !revoked(caller, groups, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY)
          && !revoked(caller, groups, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
    });
  }

  private boolean revoked(Authentication caller, List<String> groups, Resource resource, Permission permission) {
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    List<Authorization> revokes = new ArrayList<>(authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_REVOKE).userIdIn(caller.getUserId()).resourceType(resource).unlimitedList());
    if (!groups.isEmpty()) {
      revokes.addAll(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_REVOKE)
          .groupIdIn(groups.toArray(String[]::new)).resourceType(resource).unlimitedList());
    }
    return revokes.stream().anyMatch(revoke -> revoke.isPermissionRevoked(permission));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
