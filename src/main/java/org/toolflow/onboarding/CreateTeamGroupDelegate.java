package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.OtagMembers;

/**
 * Creates {@code team-<toolKey>} with the requester in it, as an operator group: the team's tasks that follow are
 * offered to it, and the engine opens each of them to the group when it is created. When the tool wants an OTAG,
 * creates {@code otag-<toolKey>} too, with the members the request named, so that the OTAG's change and release
 * tasks reach people.
 */
@Component("createTeamGroupDelegate")
class CreateTeamGroupDelegate implements JavaDelegate {

  private final AccessPolicy accessPolicy;
  private final OtagMembers otagMembers;

  CreateTeamGroupDelegate(AccessPolicy accessPolicy, OtagMembers otagMembers) {
    this.accessPolicy = accessPolicy;
    this.otagMembers = otagMembers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String toolKey = OnboardingTool.text(execution, TOOL_KEY);
    String toolName = OnboardingTool.text(execution, TOOL_NAME);
    String groupId = ToolGroups.team(toolKey);
    accessPolicy.ensureOperatorGroup(groupId, "Team of " + toolName, OnboardingTool.text(execution, REQUESTER));
    execution.setVariable(TEAM_GROUP, groupId);
    if (YES.equals(OnboardingTool.text(execution, OTAG_WANTED))) {
      // Checked when submitted; a person deleted since is left out rather than failing the step.
      otagMembers.add(toolKey, toolName,
          otagMembers.resolve(OtagMembers.entries(execution.getVariable(OTAG_MEMBERS))).userIds());
    }
  }
}
