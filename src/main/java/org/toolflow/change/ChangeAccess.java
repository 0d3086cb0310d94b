package org.toolflow.change;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.toolflow.security.Grants;

/**
 * Who may take part in change management. Any ToolFlow user may request a change (EGI users are asked to) and may
 * ask to hold or resume one, which the hold process then checks against the change. Tasks are granted per task
 * to their candidate groups by the engine.
 */
@Component
@Order(31)
class ChangeAccess implements ApplicationRunner {

  private final Grants grants;

  ChangeAccess(Grants grants) {
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    grants.ensureGroup("omb", "Operations Management Board");
    grants.ensureGroup(ChangeHolds.EGI_OPERATIONS, "EGI Operations");
    for (String process : new String[] {ChangeRequestProcess.PROCESS_KEY, ChangeHoldProcess.PROCESS_KEY}) {
      grants.toEveryone(Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grants.toEveryone(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }
}
