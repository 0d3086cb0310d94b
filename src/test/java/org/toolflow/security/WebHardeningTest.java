package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.h2.H2ConsoleAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.TestHttp.Credentials;
import org.toolflow.security.TestHttp.WebappSession;

/** The web layer as a browser and a REST client meet it: headers, cookies, CSRF, errors, limits, throttling. */
@ToolFlowSpringTest
class WebHardeningTest extends EngineTestCase {

  private static final Credentials ADMIN = new Credentials(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  private static final Credentials OPERATOR = new Credentials("hardening-operator", "hardening-operator-secret");
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired
  ApplicationContext context;

  private TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    TestUsers.ensureUser(identityService, OPERATOR.user(), OPERATOR.password(), Roles.EGI_OPERATIONS);
  }

  @Test
  void webappPagesCarryAPolicyStricterThanCamundasWithANonceThatMatchesTheirScripts() {
    HttpResponse<String> page = http.get(TASKLIST, null);

    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'nonce-", "'strict-dynamic'", "object-src 'none'", "frame-ancestors 'none'",
        "base-uri 'self'", "form-action 'self'");
    assertThat(csp).doesNotContain("'unsafe-eval'", "https:", "script-src 'unsafe-inline'");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).isTrue();
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void everyAnswerForbidsSniffingTheApisIncluded() {
    for (String path : List.of("/engine-rest/task", "/api/me", "/actuator/health", TASKLIST)) {
      assertThat(http.get(path, null).headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLaxAndOverPlainHttpThereIsNoHsts() {
    HttpResponse<String> page = http.get(TASKLIST, null);

    String session = cookie(page, "JSESSIONID");
    assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    assertThat(cookie(page, "XSRF-TOKEN")).containsIgnoringCase("SameSite=Lax");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    HttpResponse<String> page = http.send(http.request(TASKLIST, null).header("X-Forwarded-Proto", "https"));

    assertThat(cookie(page, "JSESSIONID")).contains("Secure", "HttpOnly");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeadersFilter.HSTS);
  }

  @Test
  void aWebappChangeWithoutTheCsrfTokenIsRefusedAndEndsTheSession() {
    AccessProbe.deploy(repositoryService);
    AccessProbe.Instance probe = AccessProbe.start(runtimeService, taskService);
    String claim = "/camunda/api/engine/engine/default/task/" + probe.operationsTaskId() + "/claim";
    String body = "{\"userId\":\"" + OPERATOR.user() + "\"}";

    WebappSession forged = http.login("tasklist", OPERATOR);
    assertThat(forged.loginStatus()).isEqualTo(200);
    assertThat(forged.post(claim, body, false).statusCode()).isEqualTo(403);
    assertThat(forged.get("/camunda/api/engine/engine/default/task/count").statusCode()).as("session ended").isEqualTo(401);

    WebappSession genuine = http.login("tasklist", OPERATOR);
    assertThat(genuine.post(claim, body, true).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(probe.operationsTaskId()).singleResult().getAssignee())
        .isEqualTo(OPERATOR.user());
  }

  @Test
  void aFailedLoginDelaysTheNextLoginOfThatUser() {
    String user = TestUsers.ensureUser(identityService, "throttling-probe", "the-right-one");
    Instant before = TestClock.now();

    assertThat(http.get("/engine-rest/task/count", new Credentials(user, "a-wrong-one")).statusCode()).isEqualTo(401);

    UserEntity locked = (UserEntity) identityService.createUserQuery().userId(user).singleResult();
    assertThat(locked.getAttempts()).isEqualTo(1);
    assertThat(locked.getLockExpirationTime()).isAfter(before);
  }

  @Test
  void anUnboundedQueryIsRefusedAndTheLimitIsTwoThousand() {
    assertThat(engineConfiguration.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(http.get("/engine-rest/task", ADMIN).statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=2001", ADMIN).statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=2000", ADMIN).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/deployment?maxResults=0", ADMIN).statusCode()).as("Modeler's check").isEqualTo(200);
  }

  @Test
  void theWebappsUnboundedReadsGetAPageSize() {
    AccessProbe.deploy(repositoryService);
    WebappSession cockpit = http.login("cockpit", ADMIN);

    // Cockpit's version picker lists all versions of a process this way.
    HttpResponse<String> versions = cockpit.get("/camunda/api/engine/engine/default/process-definition?key="
        + AccessProbe.KEY + "&sortBy=version&sortOrder=desc");

    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(versions.body()).contains("\"key\":\"" + AccessProbe.KEY + "\"");
  }

  @Test
  void anErrorThatCarriesSqlReachesTheCallerAsAReferenceOnly() {
    repositoryService.createDeployment().name("sql-error-probe").addModelInstance("sql-error-probe.bpmn",
        Bpmn.createExecutableProcess("sql-error-probe").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_QueryMissingTable").camundaExpression(
                "${jdbcTemplate.queryForList('select secret_column from no_such_table')}")
            .endEvent().done()).deploy();

    HttpResponse<String> answer = http.json("POST", "/engine-rest/process-definition/key/sql-error-probe/start", ADMIN, "{}");

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.body()).doesNotContainIgnoringCase("sql").doesNotContain("secret_column", "no_such_table")
        .contains("reference");
  }

  @Test
  void aFailingQueryAnswersWithoutSqlOrStackTrace() {
    HttpResponse<String> answer = http.get("/engine-rest/process-instance?maxResults=-5", ADMIN);

    assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(answer.body()).doesNotContainIgnoringCase("select").doesNotContain("\tat ", "\\tat ", "SQL");
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    AccessProbe.deploy(repositoryService);
    AccessProbe.Instance probe = AccessProbe.start(runtimeService, taskService);

    HttpResponse<String> answer = http.json("PUT", "/engine-rest/process-instance/" + probe.id() + "/variables/payload", ADMIN,
        "{\"value\":\"rO0ABXQABWhlbGxv\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");

    assertThat(answer.statusCode()).as("the value is refused, not failed").isEqualTo(400);
    assertThat(answer.body()).contains("Java serialization format is prohibited");
    assertThat(runtimeService.getVariable(probe.id(), "payload")).isNull();
  }

  @Test
  void jsonVariablesOnlyTurnIntoAllowedClasses() {
    AccessProbe.deploy(repositoryService);
    AccessProbe.Instance probe = AccessProbe.start(runtimeService, taskService);
    runtimeService.setVariable(probe.id(), "gadget", Variables.serializedObjectValue("\"http://localhost/\"")
        .serializationDataFormat("application/json").objectTypeName("java.net.URL").create());

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> runtimeService.getVariable(probe.id(), "gadget")))
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void theEngineRunsWithTheHardenedSettings() {
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    assertThat(engineConfiguration.getDefaultUserPermissionForTask()).isEqualTo(Permissions.TASK_WORK);
    assertThat(engineConfiguration.isEnableHistoricInstancePermissions()).isTrue();
    assertThat(engineConfiguration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(engineConfiguration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(engineConfiguration.isEnableXxeProcessing()).isFalse();
    assertThat(engineConfiguration.getLoginMaxAttempts()).isPositive();
  }

  @Test
  void theH2ConsoleCannotBeSwitchedOn() {
    assertThat(context.getBeanNamesForType(H2ConsoleAutoConfiguration.class)).isEmpty();
    assertThat(http.get("/h2-console/", null).statusCode()).isEqualTo(404);
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
  }
}
