package org.toolflow.security;

import org.springframework.stereotype.Component;

/**
 * How a tool's groups are named: its team {@code team-<toolKey>} and its OTAG {@code otag-<toolKey>}. Models may read
 * the names through the bean, e.g. {@code camunda:candidateGroups="${toolGroups.team(toolKey)}"}.
 */
@Component("toolGroups")
public class ToolGroups {

  private static final String TEAM_PREFIX = "team-";
  private static final String OTAG_PREFIX = "otag-";

  /** The group of one tool's development and support team. */
  public static String team(String toolKey) {
    return TEAM_PREFIX + toolKey;
  }

  /** The group of one tool's Operations Tool Advisory Group. */
  public static String otag(String toolKey) {
    return OTAG_PREFIX + toolKey;
  }

  public static boolean isTeam(String groupId) {
    return groupId.startsWith(TEAM_PREFIX);
  }

  public static boolean isOtag(String groupId) {
    return groupId.startsWith(OTAG_PREFIX);
  }
}
