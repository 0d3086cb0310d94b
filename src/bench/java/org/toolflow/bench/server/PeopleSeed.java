package org.toolflow.bench.server;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * The people and the tool the change-request scenario needs: an ACTIVE tool, its team, OMB members, customer
 * representatives filing changes, an EGI Operations member and an auditor. The groups' rights come from ToolFlow's
 * access policy at the next start, exactly as for a tool onboarded through the process.
 */
final class PeopleSeed {

  private final IdentityService identityService;
  private final ToolRegistry tools;
  private final Environment environment;

  PeopleSeed(ProcessEngine engine, ApplicationContext context) {
    this.identityService = engine.getIdentityService();
    this.tools = context.getBean(ToolRegistry.class);
    this.environment = context.getEnvironment();
  }

  void seed(Map<String, Object> report) {
    String toolKey = environment.getRequiredProperty("bench.tool");
    String password = environment.getRequiredProperty("bench.password");
    int clients = environment.getRequiredProperty("bench.max-clients", Integer.class);
    if (tools.find(toolKey).isEmpty()) {
      tools.registerOnboarding(Tool.builder(toolKey).name("Benchmark tool").supportEmail("bench-tool@localhost")
          .teamLeaderName("Bench Leader").teamLeaderEmail("bench-leader@localhost").teamLeaderPhone("+00 000")
          .purpose("Measured by the benchmarks").licence("Apache-2.0").provider("ToolFlow")
          .sourceCodeUrl("https://bench.invalid/source").documentationUrl("https://bench.invalid/docs")
          .category("Benchmarks").toolUrl("https://bench.invalid").rtCategory("Benchmarks").build());
      tools.activate(toolKey);
    }
    String team = "team-" + toolKey;
    group(team, "Benchmark tool team");
    for (int client = 1; client <= clients; client++) {
      user("bench-customer-" + client, password, "customer-reps");
      user("bench-dev-" + client, password, team);
      user("bench-omb-" + client, password, "omb");
    }
    user("bench-operator", password, "egi-operations");
    user("bench-auditor", password, "auditors");
    report.put("tool", toolKey);
    report.put("users", 3 * clients + 2);
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void user(String id, String password, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Bench");
      user.setLastName(id);
      user.setEmail(id + "@localhost");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String group : List.of(groups)) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }
}
