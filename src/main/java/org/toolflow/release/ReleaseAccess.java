package org.toolflow.release;

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
 * Who takes part in releases. Every user may open the release process in Tasklist (team groups come and go with
 * tools); the start listener lets only the tool's team plan its release. Tasks are granted per task to their
 * candidate groups by the engine: the team, the OTAG, customer representatives, EGI Operations, the OMB.
 */
@Component
@Order(32)
class ReleaseAccess implements ApplicationRunner {

  private final Grants grants;

  ReleaseAccess(Grants grants) {
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    grants.ensureGroup(ReleaseProcess.GROUP_CUSTOMER_REPS, "Customer representatives");
    grants.ensureGroup(ReleaseProcess.GROUP_EGI_OPERATIONS, "EGI Operations");
    grants.ensureGroup(ReleaseProcess.GROUP_OMB, "Operations Management Board");
    grants.toEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.toEveryone(Resources.PROCESS_DEFINITION, ReleaseProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.toEveryone(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }
}
