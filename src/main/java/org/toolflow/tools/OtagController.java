package org.toolflow.tools;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.security.AsSystem;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.web.CurrentUser;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/**
 * A tool's OTAG members, for the tool's team leader and EGI Operations: {@code GET} reads them, {@code PUT} sets
 * them, {@code POST} adds to them; each with {@code {"members": ["user id or e-mail", ...]}}.
 */
@RestController
@RequestMapping("/api/tools/{key}/otag/members")
class OtagController {

  record Members(List<String> members) {
  }

  record Otag(String group, List<String> members) {
  }

  private final ToolRegistry registry;
  private final OtagMembers otag;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final AsSystem asSystem;

  OtagController(ToolRegistry registry, OtagMembers otag, CurrentUser currentUser, IdentityService identityService,
      AsSystem asSystem) {
    this.registry = registry;
    this.otag = otag;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  @GetMapping
  Otag get(@PathVariable String key) {
    Tool tool = toolWithOtag(key);
    return new Otag(ToolGroups.otag(tool.key()), otag.members(tool.key()));
  }

  @PutMapping
  Otag replace(@PathVariable String key, @RequestBody Members body) {
    Tool tool = toolWithOtag(key);
    otag.replace(tool.key(), tool.name(), resolved(body, false));
    return get(key);
  }

  @PostMapping
  Otag add(@PathVariable String key, @RequestBody Members body) {
    Tool tool = toolWithOtag(key);
    otag.add(tool.key(), tool.name(), resolved(body, true));
    return get(key);
  }

  private Tool toolWithOtag(String key) {
    Tool tool = registry.get(key);
    if (!Roles.isMemberOfAny(currentUser, Roles.EGI_OPERATIONS) && !isTeamLeader(tool)) {
      throw new AuthorizationException("user '" + currentUser.id() + "' is neither in " + Roles.EGI_OPERATIONS
          + " nor the team leader of " + key);
    }
    if (!tool.otag()) {
      throw new InvalidInputException(List.of(new FieldProblem("key",
          "tool '" + key + "' has no OTAG; its onboarding did not ask for one")));
    }
    return tool;
  }

  private boolean isTeamLeader(Tool tool) {
    String userId = currentUser.id();
    User me = asSystem.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    return me != null && me.getEmail() != null && me.getEmail().equalsIgnoreCase(tool.teamLeaderEmail());
  }

  private List<String> resolved(Members body, boolean atLeastOne) {
    List<String> entries = body == null || body.members() == null ? List.of()
        : body.members().stream().filter(e -> e != null && !e.isBlank()).map(String::trim).distinct().toList();
    if (atLeastOne && entries.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem("members", "give at least one: " + OtagMembers.ALLOWED)));
    }
    OtagMembers.Resolved resolved = otag.resolve(entries);
    if (!resolved.unknown().isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem("members",
          "no ToolFlow user has the id or e-mail address " + String.join(", ", resolved.unknown()) + "; give "
              + OtagMembers.ALLOWED)));
    }
    return resolved.userIds();
  }
}
