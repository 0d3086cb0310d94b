package org.toolflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The group {@code team-<toolKey>} of one tool's development and support team, and what its members may do.
 * Tasks are not granted here: the engine grants read and work on a task to the groups that are its candidates,
 * so a team sees exactly its own tool's tasks, and it grants a new group's members read on the group itself.
 * What Tasklist needs around those tasks is granted here.
 */
@Component
public class ToolTeams {

  /** Process definitions whose tasks teams work on: Tasklist reads the definition to show a task's process. */
  public static final List<String> TEAM_PROCESSES = List.of("tool-onboarding");
  static final String TASKLIST = "tasklist";

  private final IdentityService identityService;
  private final Grants grants;

  ToolTeams(IdentityService identityService, Grants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  public static String groupIdOf(String toolKey) {
    return "team-" + toolKey;
  }

  /** Creates the team's group with its first member, or completes it when run again; returns the group id. */
  public String ensureTeam(String toolKey, String toolName, String memberId) {
    String groupId = groupIdOf(toolKey);
    grants.ensureGroup(groupId, "Team of " + toolName);
    if (memberId != null && identityService.createUserQuery().userId(memberId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(memberId, groupId);
    }
    grants.toGroup(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    for (String processKey : TEAM_PROCESSES) {
      grants.toGroup(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
    }
    return groupId;
  }
}
