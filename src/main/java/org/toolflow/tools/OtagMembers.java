package org.toolflow.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.AsSystem;
import org.toolflow.security.ToolGroups;

/**
 * The members of a tool's OTAG group {@code otag-<toolKey>}: named by ToolFlow user id or by the e-mail address of a
 * ToolFlow user, set by onboarding and later by the team leader or EGI Operations. The OTAG's tasks reach them.
 */
@Component
public class OtagMembers {

  public static final String ALLOWED = "ToolFlow user ids or e-mail addresses of ToolFlow users, separated by commas";
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
  private static final Logger LOG = LoggerFactory.getLogger(OtagMembers.class);

  /** The user ids the entries name, and the entries that name nobody. */
  public record Resolved(List<String> userIds, List<String> unknown) {
  }

  private final IdentityService identityService;
  private final AccessPolicy accessPolicy;
  private final AsSystem asSystem;

  OtagMembers(IdentityService identityService, AccessPolicy accessPolicy, AsSystem asSystem) {
    this.identityService = identityService;
    this.accessPolicy = accessPolicy;
    this.asSystem = asSystem;
  }

  /** The entries of a form field: split at commas, semicolons and spaces, each once. */
  public static List<String> entries(Object text) {
    if (!(text instanceof String value) || value.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.stream(SEPARATORS.split(value.trim())).filter(e -> !e.isEmpty()).toList()));
  }

  public Resolved resolve(List<String> entries) {
    return asSystem.call(() -> {
      Set<String> ids = new LinkedHashSet<>();
      List<String> unknown = new ArrayList<>();
      for (String entry : entries) {
        String id = userIdOf(entry);
        if (id == null) {
          unknown.add(entry);
        } else {
          ids.add(id);
        }
      }
      return new Resolved(List.copyOf(ids), List.copyOf(unknown));
    });
  }

  /** Creates the OTAG group when missing, with these members added; used by onboarding. */
  public void add(String toolKey, String toolName, List<String> userIds) {
    accessPolicy.ensureOperatorGroup(ToolGroups.otag(toolKey), "OTAG of " + toolName, userIds.toArray(String[]::new));
    LOG.info("OTAG {}: added {}", ToolGroups.otag(toolKey), userIds);
  }

  /** Makes these users, and only them, the OTAG's members. */
  public void replace(String toolKey, String toolName, List<String> userIds) {
    String group = ToolGroups.otag(toolKey);
    accessPolicy.ensureOperatorGroup(group, "OTAG of " + toolName);
    asSystem.run(() -> {
      for (String member : members(toolKey)) {
        if (!userIds.contains(member)) {
          identityService.deleteMembership(member, group);
        }
      }
    });
    add(toolKey, toolName, userIds);
  }

  public List<String> members(String toolKey) {
    return asSystem.call(() -> identityService.createUserQuery().memberOfGroup(ToolGroups.otag(toolKey))
        .orderByUserId().asc().unlimitedList().stream().map(User::getId).toList());
  }

  private String userIdOf(String entry) {
    if (identityService.createUserQuery().userId(entry).count() == 1) {
      return entry;
    }
    if (entry.contains("@")) {
      List<User> users = identityService.createUserQuery().userEmail(entry).list();
      return users.size() == 1 ? users.get(0).getId() : null;
    }
    return null;
  }
}
