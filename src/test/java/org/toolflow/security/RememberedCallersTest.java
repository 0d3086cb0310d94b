package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.toolflow.TestClock;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;

/** A checked credential is taken as it is for a while, and every change of identity made here counts at once. */
@ToolFlowSpringTest
class RememberedCallersTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private String user;
  private String group;

  @BeforeEach
  void setUp() {
    TestClock.freezeAt(TestClock.now());
    String id = UUID.randomUUID().toString().substring(0, 8);
    user = "remembered-" + id;
    group = "remembered-group-" + id;
    identityService.saveGroup(identityService.newGroup(group));
    TestUsers.ensureUser(identityService, user, "first-secret", group);
  }

  @AfterEach
  void tearDown() {
    TestClock.reset();
    identityService.deleteUser(user);
    identityService.deleteGroup(group);
  }

  @Test
  void aNewPasswordCountsFromTheNextRequest() throws Exception {
    assertThat(me(user, "first-secret").statusCode()).isEqualTo(200);

    User stored = identityService.createUserQuery().userId(user).singleResult();
    stored.setPassword("second-secret");
    identityService.saveUser(stored);

    // The new one first: after a failed attempt the identity service delays the user's next login.
    assertThat(me(user, "second-secret").statusCode()).isEqualTo(200);
    assertThat(engineRest(user, "first-secret").statusCode()).isEqualTo(401);
    assertThat(me(user, "first-secret").statusCode()).isEqualTo(401);
  }

  @Test
  void aRemovedMembershipCountsFromTheNextRequest() throws Exception {
    assertThat(me(user, "first-secret").body()).contains(group);

    identityService.deleteMembership(user, group);

    assertThat(me(user, "first-secret").body()).doesNotContain(group);
  }

  @Test
  void aChangeMadeOutsideThisNodeIsSeenOnceTheTimeRunsOut() throws Exception {
    assertThat(me(user, "first-secret").body()).contains(group);
    // As another node sharing the database would: no command of this engine runs.
    jdbc.sql("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = ? AND GROUP_ID_ = ?").params(user, group).update();

    String within = me(user, "first-secret").body();
    TestClock.freezeAt(TestClock.now().plus(Duration.ofSeconds(31)));
    String after = me(user, "first-secret").body();

    assertThat(within).contains(group);
    assertThat(after).doesNotContain(group);
  }

  @Test
  void aWrongPasswordIsNeverTakenForARightOne() throws Exception {
    assertThat(me(user, "first-secret").statusCode()).isEqualTo(200);

    assertThat(me(user, "wrong-secret").statusCode()).isEqualTo(401);
    assertThat(engineRest(user, "wrong-secret").statusCode()).isEqualTo(401);
    assertThat(engineRest(user, "first-secret").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> me(String userId, String password) throws Exception {
    return get("/api/me", userId, password);
  }

  private HttpResponse<String> engineRest(String userId, String password) throws Exception {
    return get("/engine-rest/task/count", userId, password);
  }

  private HttpResponse<String> get(String path, String userId, String password) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", TestRest.basic(userId, password)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
