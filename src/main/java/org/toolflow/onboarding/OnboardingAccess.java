package org.toolflow.onboarding;

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
 * Who may take part in onboarding. Any ToolFlow user may propose a tool: a future team leader has no group yet.
 * EGI Operations works on the tasks offered to {@code egi-operations}; the engine grants those per task.
 */
@Component
@Order(30)
class OnboardingAccess implements ApplicationRunner {

  static final String TASKLIST = "tasklist";

  private final Grants grants;

  OnboardingAccess(Grants grants) {
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    grants.ensureGroup(OnboardingProcess.GROUP_EGI_OPERATIONS, "EGI Operations");
    grants.toGroup(OnboardingProcess.GROUP_EGI_OPERATIONS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grants.toGroup(OnboardingProcess.GROUP_EGI_OPERATIONS, Resources.PROCESS_DEFINITION, OnboardingProcess.KEY,
        ProcessDefinitionPermissions.READ);
    grants.toEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grants.toEveryone(Resources.PROCESS_DEFINITION, OnboardingProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.toEveryone(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }
}
