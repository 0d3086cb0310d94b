package org.toolflow.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.toolflow.system.web.CurrentUser;

/**
 * The Camunda groups ToolFlow's roles map to, and the check ToolFlow's own {@code /api} endpoints use:
 * {@code Roles.require(currentUser, Roles.EGI_OPERATIONS)} answers 403 to anyone else.
 */
public final class Roles {

  public static final String EGI_OPERATIONS = "egi-operations";
  public static final String OMB = "omb";
  public static final String CUSTOMER_REPS = "customer-reps";
  public static final String CSIRT = "csirt";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String AUDITORS = "auditors";
  /** Reads {@code /actuator/prometheus} and nothing else: the credential of a metrics scraper. */
  public static final String MONITORING = "monitoring";
  public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  /** Group type of a retired tool's team or OTAG: kept for the history, working on nothing. */
  public static final String CLOSED_GROUP_TYPE = "closed";

  /** The operator groups that exist from the first start; team and OTAG groups come with each tool. */
  static final List<String> OPERATOR_GROUPS = List.of(EGI_OPERATIONS, OMB, CUSTOMER_REPS, CSIRT);
  static final List<String> READ_ONLY_GROUPS = List.of(AUDITORS, PROCESS_OWNERS, MONITORING);

  private Roles() {
  }

  /** Whether the group works in Tasklist: a fixed operator group, a tool team or an OTAG. */
  public static boolean isOperatorGroup(String groupId) {
    return OPERATOR_GROUPS.contains(groupId) || ToolGroups.isTeam(groupId) || ToolGroups.isOtag(groupId);
  }

  /** True when the caller is an administrator or a member of one of the groups. */
  public static boolean isMemberOfAny(CurrentUser user, String... groupIds) {
    List<String> groups = user.groupIds();
    return groups.contains(ADMINISTRATORS) || Arrays.stream(groupIds).anyMatch(groups::contains);
  }

  /** Refuses (403 in the API) a caller who is neither an administrator nor a member of one of the groups. */
  public static void require(CurrentUser user, String... groupIds) {
    if (!isMemberOfAny(user, groupIds)) {
      throw new AuthorizationException("user '" + user.id() + "' must be a member of one of " + Arrays.toString(groupIds));
    }
  }

  /** Whether a member of these groups may change anything through ToolFlow: the read-only roles only read. */
  static boolean mayChange(List<String> groupIds) {
    // A user in no group may still file what every user may (a change request); read-only roles may not.
    return groupIds.isEmpty() || groupIds.stream().anyMatch(group -> !READ_ONLY_GROUPS.contains(group));
  }
}
