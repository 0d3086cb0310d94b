package org.toolflow.integration.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.ToolRegistry;

/**
 * Who a mail "to a group" reaches: the group's configured list addresses ({@code toolflow.group-mail.addresses})
 * and every member with an e-mail address; a tool team also through the tool's support address.
 */
@Component
public class MailRecipients {

  private final GroupMailProperties properties;
  private final IdentityService identityService;
  private final ToolRegistry registry;

  MailRecipients(GroupMailProperties properties, IdentityService identityService, ToolRegistry registry) {
    this.properties = properties;
    this.identityService = identityService;
    this.registry = registry;
  }

  /** Every address of the groups, once; refuses to answer nobody, since a silent mail to no one helps no one. */
  public List<String> of(String... groups) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String group : groups) {
      addresses.addAll(properties.addresses().getOrDefault(group, List.of()));
      for (User member : identityService.createUserQuery().memberOfGroup(group).list()) {
        if (member.getEmail() != null && !member.getEmail().isBlank()) {
          addresses.add(member.getEmail());
        }
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalStateException("no e-mail address for " + String.join(", ", groups)
          + ": set toolflow.group-mail.addresses." + groups[0] + " or give its members e-mail addresses");
    }
    return new ArrayList<>(addresses);
  }

  /** The tool team: its support address from the registry and its members. */
  public List<String> ofTeam(String toolKey, String... moreGroups) {
    Set<String> addresses = new LinkedHashSet<>();
    registry.find(toolKey).map(tool -> tool.supportEmail()).filter(a -> a != null && !a.isBlank()).ifPresent(addresses::add);
    List<String> groups = new ArrayList<>(List.of(moreGroups));
    groups.add(0, ToolGroups.team(toolKey));
    for (String group : groups) {
      try {
        addresses.addAll(of(group));
      } catch (IllegalStateException nobodyInThatGroup) {
        // the support address or the other groups still reach someone; checked below
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalStateException("no e-mail address for the team of '" + toolKey + "' nor " + String.join(", ", moreGroups));
    }
    return new ArrayList<>(addresses);
  }
}
