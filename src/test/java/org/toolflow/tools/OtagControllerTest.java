package org.toolflow.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;

/** A tool's team leader and EGI Operations set the OTAG's members through ToolFlow's API; nobody else does. */
@ToolFlowSpringTest
class OtagControllerTest {

  static final String PASSWORD = "otag-secret";

  @LocalServerPort int port;
  @Autowired ToolRegistry registry;
  @Autowired IdentityService identityService;

  private final ObjectMapper json = new ObjectMapper();
  private TestRest rest;
  private Tool tool;
  private String leader;

  @BeforeEach
  void setUp() {
    rest = new TestRest(port);
    Tool probe = ToolRegistryTest.newTool();
    tool = registry.registerOnboarding(probe.toBuilder().teamLeaderEmail("leader@" + probe.key() + ".example.org").build());
    leader = TestUsers.newPerson(identityService, "leader-" + tool.key(), PASSWORD);
    User user = identityService.createUserQuery().userId(leader).singleResult();
    user.setEmail(tool.teamLeaderEmail());
    identityService.saveUser(user);
  }

  @Test
  void theTeamLeaderSetsTheMembersAndEgiOperationsAddsOne() throws Exception {
    String first = person("first");
    String second = person("second");
    String third = person("third");
    String operator = TestUsers.newPerson(identityService, "ops-" + tool.key(), PASSWORD, "egi-operations");

    HttpResponse<String> set = send("PUT", leader, List.of(first, second + "@example.org"));
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(members(json.readTree(set.body()))).containsExactlyInAnyOrder(first, second);

    HttpResponse<String> replaced = send("PUT", leader, List.of(second));
    assertThat(members(json.readTree(replaced.body()))).containsExactly(second);

    HttpResponse<String> added = send("POST", operator, List.of(third));
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(json.readTree(added.body()).path("group").asText()).isEqualTo("otag-" + tool.key());
    assertThat(identityService.createUserQuery().memberOfGroup("otag-" + tool.key()).list()).extracting(User::getId)
        .containsExactlyInAnyOrder(second, third);
  }

  @Test
  void anyoneElseIsRefusedAndUnknownPeopleAreNamed() throws Exception {
    String stranger = person("stranger");
    assertThat(send("PUT", stranger, List.of(stranger)).statusCode()).isEqualTo(403);

    HttpResponse<String> unknown = send("POST", leader, List.of("nobody-" + tool.key()));
    assertThat(unknown.statusCode()).isEqualTo(400);
    JsonNode field = json.readTree(unknown.body()).path("fields").get(0);
    assertThat(field.path("field").asText()).isEqualTo("members");
    assertThat(field.path("message").asText()).contains("nobody-" + tool.key());
    assertThat(send("POST", leader, List.of()).statusCode()).isEqualTo(400);
    assertThat(identityService.createUserQuery().memberOfGroup("otag-" + tool.key()).count()).isZero();
  }

  @Test
  void aToolWithoutOtagHasNoMembersToSet() throws Exception {
    Tool without = registry.registerOnboarding(ToolRegistryTest.newTool().toBuilder().otag(false).build());

    HttpResponse<String> refused = rest.send("PUT", "/api/tools/" + without.key() + "/otag/members", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD, Map.of("members", List.of(leader)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).path("fields").get(0).path("field").asText()).isEqualTo("key");
  }

  private String person(String role) {
    return TestUsers.newPerson(identityService, role + "-" + tool.key(), PASSWORD);
  }

  private HttpResponse<String> send(String method, String user, List<String> members) {
    return rest.send(method, "/api/tools/" + tool.key() + "/otag/members", user, PASSWORD, Map.of("members", members));
  }

  private static List<String> members(JsonNode body) {
    return StreamSupport.stream(body.path("members").spliterator(), false).map(JsonNode::asText).toList();
  }
}
