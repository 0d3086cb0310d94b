package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.Roles;

/**
 * Creates {@code team-<toolKey>} with the requester in it, as an operator group: the team's tasks that follow are
 * offered to it, and the engine opens each of them to the group when it is created.
 */
@Component("createTeamGroupDelegate")
class CreateTeamGroupDelegate implements JavaDelegate {

  private final AccessPolicy accessPolicy;

  CreateTeamGroupDelegate(AccessPolicy accessPolicy) {
    this.accessPolicy = accessPolicy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String groupId = Roles.team(OnboardingTool.text(execution, TOOL_KEY));
    accessPolicy.ensureOperatorGroup(groupId, "Team of " + OnboardingTool.text(execution, TOOL_NAME),
        OnboardingTool.text(execution, REQUESTER));
    execution.setVariable(TEAM_GROUP, groupId);
  }
}
