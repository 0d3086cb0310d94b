package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.security.AccessMatrixTest.Role.ADMIN;
import static org.toolflow.security.AccessMatrixTest.Role.AUDITOR;
import static org.toolflow.security.AccessMatrixTest.Role.CSIRT;
import static org.toolflow.security.AccessMatrixTest.Role.CUSTOMER;
import static org.toolflow.security.AccessMatrixTest.Role.OMB;
import static org.toolflow.security.AccessMatrixTest.Role.OPERATIONS;
import static org.toolflow.security.AccessMatrixTest.Role.OWNER;
import static org.toolflow.security.AccessMatrixTest.Role.STARTER;
import static org.toolflow.security.AccessMatrixTest.Role.TEAM;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.toolflow.TestUsers;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.TestHttp.Credentials;

/**
 * Every role against every action, through the REST API, the webapps' login and ToolFlow's own API.
 * One row per action lists the roles that may do it; every other role must be refused.
 */
@ToolFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends EngineTestCase {

  enum Role {
    ADMIN(Roles.ADMINISTRATORS), OPERATIONS(Roles.EGI_OPERATIONS), OMB(Roles.OMB), CUSTOMER(Roles.CUSTOMER_REPS),
    CSIRT(Roles.CSIRT), TEAM(ToolGroups.team("matrix")), STARTER("access-probe-starters"), OWNER(Roles.PROCESS_OWNERS),
    AUDITOR(Roles.AUDITORS), NOBODY(null);

    final String group;

    Role(String group) {
      this.group = group;
    }

    Credentials credentials() {
      return new Credentials("matrix-" + name().toLowerCase(), "matrix-" + name().toLowerCase() + "-secret");
    }
  }

  record Action(String name, Set<Role> allowed, Function<Role, Boolean> attempt) {
  }

  private static final Set<Role> OPERATORS = EnumSet.of(ADMIN, OPERATIONS, OMB, CUSTOMER, CSIRT, TEAM, STARTER);
  private static final Set<Role> READERS = EnumSet.of(ADMIN, OWNER, AUDITOR);


  private final ObjectMapper json = new ObjectMapper();
  private TestHttp http;
  private AccessProbe.Instance shared;

  @BeforeAll
  void usersAndProbe() {
    http = new TestHttp(port);
    accessPolicy.ensureOperatorGroup(TEAM.group, "Team of the matrix tool");
    for (Role role : Role.values()) {
      String[] groups = role.group == null ? new String[0] : new String[] {role.group};
      TestUsers.ensureUser(identityService, role.credentials().user(), role.credentials().password(), groups);
    }
    AccessProbe.deploy(repositoryService);
  }

  @AfterAll
  void removeCreatedUsers() {
    for (Role role : Role.values()) {
      identityService.deleteUser(createdBy(role));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRoleAgainstEveryAction() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Action action : actions()) {
      for (Role role : Role.values()) {
        boolean expected = action.allowed().contains(role);
        tests.add(DynamicTest.dynamicTest(role + " × " + action.name() + " → " + (expected ? "allowed" : "refused"),
            () -> assertThat(action.attempt().apply(role)).as(role + " × " + action.name()).isEqualTo(expected)));
      }
    }
    return tests.stream();
  }

  private List<Action> actions() {
    return List.of(
        new Action("list the probe's tasks", EnumSet.of(ADMIN, OPERATIONS, OMB, OWNER, AUDITOR),
            role -> nonEmpty(get(role, "/engine-rest/task?maxResults=10&processInstanceId=" + shared().id()))),
        new Action("see the OMB's task (another group's, for EGI Operations)", EnumSet.of(ADMIN, OMB, OWNER, AUDITOR),
            role -> status(get(role, "/engine-rest/task/" + shared().ombTaskId()), 200)),
        new Action("open the EGI Operations task's form", EnumSet.of(ADMIN, OPERATIONS, OWNER, AUDITOR),
            role -> status(get(role, "/engine-rest/task/" + shared().operationsTaskId() + "/deployed-form"), 200)),
        new Action("read the EGI Operations task's form variables", EnumSet.of(ADMIN, OPERATIONS, OWNER, AUDITOR),
            role -> status(get(role, "/engine-rest/task/" + shared().operationsTaskId() + "/form-variables"), 200)),
        new Action("claim the EGI Operations task", EnumSet.of(ADMIN, OPERATIONS),
            role -> status(send(role, "POST", "/engine-rest/task/" + fresh().operationsTaskId() + "/claim",
                "{\"userId\":\"" + role.credentials().user() + "\"}"), 204)),
        // TASK_WORK claims and completes, but does not assign: handing a task back is an administrator's.
        new Action("hand back (unclaim) the EGI Operations task it claimed", EnumSet.of(ADMIN),
            role -> status(send(role, "POST", "/engine-rest/task/" + claimedBy(role) + "/unclaim", null), 204)),
        new Action("complete the EGI Operations task with its form", EnumSet.of(ADMIN, OPERATIONS),
            role -> status(send(role, "POST", "/engine-rest/task/" + fresh().operationsTaskId() + "/submit-form",
                "{\"variables\":{\"probeOutcome\":{\"value\":\"accepted\"}}}"), 204)),
        new Action("complete the OMB's task", EnumSet.of(ADMIN, OMB),
            role -> status(send(role, "POST", "/engine-rest/task/" + fresh().ombTaskId() + "/complete", "{}"), 204)),
        new Action("change a variable of the EGI Operations task", EnumSet.of(ADMIN),
            role -> status(send(role, "PUT", "/engine-rest/task/" + fresh().operationsTaskId() + "/variables/probeComment",
                "{\"value\":\"changed\",\"type\":\"String\"}"), 204)),
        new Action("change a process variable", EnumSet.of(ADMIN),
            role -> status(send(role, "PUT", "/engine-rest/process-instance/" + fresh().id() + "/variables/probeComment",
                "{\"value\":\"changed\",\"type\":\"String\"}"), 204)),
        new Action("read the instance's variables", READERS,
            role -> nonEmpty(get(role, "/engine-rest/variable-instance?maxResults=10&processInstanceIdIn=" + shared().id()))),
        new Action("read the instance's history", READERS,
            role -> nonEmpty(get(role, "/engine-rest/history/process-instance?maxResults=10&processInstanceId=" + shared().id()))),
        new Action("read the EGI Operations task's history", EnumSet.of(ADMIN, OWNER, AUDITOR, OPERATIONS),
            role -> nonEmpty(get(role, "/engine-rest/history/task?maxResults=10&taskId=" + shared().operationsTaskId()))),
        new Action("start the probe process", EnumSet.of(ADMIN, STARTER),
            role -> status(send(role, "POST", "/engine-rest/process-definition/key/" + AccessProbe.KEY + "/start", "{}"), 200)),
        new Action("deploy a model", EnumSet.of(ADMIN, OWNER),
            role -> status(http.multipart("/engine-rest/deployment/create", role.credentials(),
                Map.of("deployment-name", "matrix-" + role.name().toLowerCase(), "deployment-source", "Camunda Modeler"),
                Map.of("probe-rule.dmn", AccessProbe.resource(AccessProbe.DMN))), 200)),
        new Action("modify an instance", EnumSet.of(ADMIN),
            role -> status(send(role, "POST", "/engine-rest/process-instance/" + fresh().id() + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Operations\"}]}"), 204)),
        new Action("suspend an instance", EnumSet.of(ADMIN),
            role -> status(send(role, "PUT", "/engine-rest/process-instance/" + fresh().id() + "/suspended",
                "{\"suspended\":true}"), 204)),
        new Action("delete an instance", EnumSet.of(ADMIN),
            role -> status(send(role, "DELETE", "/engine-rest/process-instance/" + fresh().id(), null), 204)),
        new Action("create a user (Admin)", EnumSet.of(ADMIN),
            role -> status(send(role, "POST", "/engine-rest/user/create",
                "{\"profile\":{\"id\":\"" + createdBy(role) + "\"},\"credentials\":{\"password\":\"a-long-password\"}}"), 204)),
        new Action("log into Tasklist", OPERATORS, role -> login("tasklist", role)),
        new Action("log into Cockpit", READERS, role -> login("cockpit", role)),
        new Action("log into Admin", EnumSet.of(ADMIN), role -> login("admin", role)),
        new Action("call /api/me", EnumSet.allOf(Role.class), role -> status(get(role, "/api/me"), 200)),
        new Action("read the whole action journal (/api/journal)", EnumSet.of(ADMIN, OPERATIONS, AUDITOR),
            role -> status(get(role, "/api/journal"), 200)),
        new Action("read the probe's action journal", EnumSet.of(ADMIN, OPERATIONS, AUDITOR, OWNER),
            role -> status(get(role, "/api/journal?processInstanceId=" + shared().id()), 200)),
        // Reaching the endpoint (405 on /api/me) is what a writer may, 403 what a reader gets. A user in no group
        // may write too: every user may file a change request; the endpoints check the rest.
        new Action("write through /api", union(OPERATORS, EnumSet.of(Role.NOBODY)), role -> status(send(role, "POST", "/api/me", "{}"), 405)));
  }

  /** The instance the read-only actions look at; started within a test, where process coverage records it. */
  private AccessProbe.Instance shared() {
    if (shared == null) {
      shared = fresh();
    }
    return shared;
  }

  private AccessProbe.Instance fresh() {
    return AccessProbe.start(runtimeService, taskService);
  }

  private String claimedBy(Role role) {
    String taskId = fresh().operationsTaskId();
    taskService.claim(taskId, role.credentials().user());
    return taskId;
  }

  private static String createdBy(Role role) {
    return "created-by-" + role.name().toLowerCase();
  }

  private HttpResponse<String> get(Role role, String path) {
    return http.get(path, role.credentials());
  }

  private HttpResponse<String> send(Role role, String method, String path, String body) {
    return http.json(method, path, role.credentials(), body);
  }

  private boolean login(String app, Role role) {
    int status = http.login(app, role.credentials()).loginStatus();
    return refusedOr(status, 200, "login to " + app);
  }

  /** Allowed on the expected status; refused on 403 or 404 (a hidden resource); anything else is a defect. */
  private static boolean status(HttpResponse<String> response, int allowedStatus) {
    return refusedOr(response.statusCode(), allowedStatus, response.uri() + " " + response.body());
  }

  private static boolean refusedOr(int status, int allowedStatus, String evidence) {
    if (status == allowedStatus) {
      return true;
    }
    assertThat(status).as("a refusal, not an error: %s", evidence).isIn(403, 404);
    return false;
  }

  /** A query: allowed when it shows the rows, refused when authorization leaves it empty. */
  private boolean nonEmpty(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isEqualTo(200);
    try {
      return json.readTree(response.body()).size() > 0;
    } catch (java.io.IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static Set<Role> union(Set<Role> first, Set<Role> second) {
    Set<Role> all = EnumSet.copyOf(first);
    all.addAll(second);
    return all;
  }
}
