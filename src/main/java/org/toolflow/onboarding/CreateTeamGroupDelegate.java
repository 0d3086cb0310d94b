package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.security.ToolTeams;

/** Creates {@code team-<toolKey>} with the requester in it; the team's tasks that follow are offered to it. */
@Component("createTeamGroupDelegate")
class CreateTeamGroupDelegate implements JavaDelegate {

  private final ToolTeams teams;

  CreateTeamGroupDelegate(ToolTeams teams) {
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String groupId = teams.ensureTeam(OnboardingTool.text(execution, TOOL_KEY), OnboardingTool.text(execution, TOOL_NAME),
        OnboardingTool.text(execution, REQUESTER));
    execution.setVariable(TEAM_GROUP, groupId);
  }
}
