package org.toolflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowApplication;
import org.toolflow.TestRest;

/**
 * ToolFlow started as an operator starts it, on its own in-memory database and with its own engine name (another
 * ToolFlow may run in the same JVM), the job executor off so that the test runs each due job itself. People act
 * over HTTP with their own credentials: the engine REST API as Tasklist uses it, and ToolFlow's {@code /api}.
 */
final class LiveToolFlow implements AutoCloseable {

  static final String ENGINE = "liveEdges";
  static final String PASSWORD = "live-edges-secret";
  // More than any one of these processes has due jobs in a row; a loop past it is a bug, not patience.
  private static final int MAX_JOBS = 50;

  private final ConfigurableApplicationContext context;
  private final WebappDelegates webappsBefore;
  private final TestRest rest;
  private final ObjectMapper json = new ObjectMapper();

  private LiveToolFlow(ConfigurableApplicationContext context, WebappDelegates webappsBefore) {
    this.context = context;
    this.webappsBefore = webappsBefore;
    this.rest = new TestRest(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
  }

  /** ToolFlow with every connector pointed at the stand-ins, plus the settings a test adds. */
  static LiveToolFlow againstStandIns(LiveStandIns standIns, String... moreSettings) {
    List<String> settings = new ArrayList<>(standIns.settings());
    settings.addAll(List.of(moreSettings));
    return start(settings);
  }

  /** Stops what was started, whichever of the two came up. */
  static void stop(LiveToolFlow toolFlow, LiveStandIns standIns) {
    if (toolFlow != null) {
      toolFlow.close();
    }
    if (standIns != null) {
      standIns.close();
    }
  }

  static LiveToolFlow start(List<String> settings) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:mem:toolflow-live-edges;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + ENGINE,
        "--camunda.bpm.job-execution.enabled=false",
        "--toolflow.admin.user=admin",
        "--toolflow.admin.password=" + PASSWORD,
        "--toolflow.admin.data-dir=target/live-edges",
        // The helpdesk is polled for incidents by a scheduler: not part of these flows.
        "--toolflow.incident.poll-enabled=false",
        // RT's change queue is read by a scheduler too: tests that need it poll it themselves.
        "--toolflow.rt.intake-interval=P1D",
        "--toolflow.connectors.connect-timeout=2s",
        "--toolflow.connectors.read-timeout=10s"));
    arguments.addAll(settings);
    WebappDelegates webappsBefore = WebappDelegates.current();
    LiveToolFlow started = new LiveToolFlow(new SpringApplicationBuilder(ToolFlowApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(arguments.toArray(String[]::new)), webappsBefore);
    // It runs beside the shared test context for the rest of the run: that context's webapps keep their own.
    webappsBefore.restoreWhereSet();
    return started;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A person with an e-mail address ({@code <id>@example.org}) and the test password, in these groups. */
  String person(String id, String... groups) {
    return TestUsers.newPerson(bean(IdentityService.class), id, PASSWORD, groups);
  }

  static String email(String personId) {
    return personId + "@example.org";
  }

  // --- over HTTP, as a person ------------------------------------------------------------------------------

  HttpResponse<String> send(String person, String method, String path, Object body) {
    return rest.send(method, path, person, PASSWORD, body);
  }

  JsonNode call(String person, String method, String path, Object body, int expectedStatus) {
    HttpResponse<String> response = send(person, method, path, body);
    assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, person, response.body())
        .isEqualTo(expectedStatus);
    try {
      return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + response.body(), e);
    }
  }

  /** A path of the engine REST API, naming this ToolFlow's engine. */
  static String engineRest(String path) {
    return "/engine-rest/engine/" + ENGINE + path;
  }

  /** What Tasklist sends for a start form; answers the started instance. */
  JsonNode startForm(String person, String processKey, Map<String, Object> values) {
    return call(person, "POST", engineRest("/process-definition/key/" + processKey + "/submit-form"),
        Map.of("variables", variables(values)), 200);
  }

  /** Finds the one task the person sees at this step of the process with this business key, and submits its form. */
  void submitTask(String person, String businessKey, String taskKey, Map<String, Object> values) {
    JsonNode tasks = call(person, "GET", engineRest("/task?maxResults=10&processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey), null, 200);
    assertThat(tasks).as("%s sees %s of %s", person, taskKey, businessKey).hasSize(1);
    call(person, "POST", engineRest("/task/" + tasks.get(0).path("id").asText() + "/submit-form"),
        Map.of("variables", variables(values)), 204);
  }

  /** The journal of one process instance over {@code GET /api/journal}, oldest entry first. */
  List<JsonNode> journal(String reader, String processInstanceId) {
    JsonNode page = call(reader, "GET", "/api/journal?size=200&processInstanceId=" + processInstanceId, null, 200);
    List<JsonNode> entries = new ArrayList<>();
    page.path("entries").forEach(entries::add);
    assertThat(entries).hasSize(page.path("total").asInt());
    Collections.reverse(entries);
    return entries;
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Collections.singletonMap("value", value)));
    return variables;
  }

  // --- the engine's part -----------------------------------------------------------------------------------

  /** The process instances with this business key, of every process (a change and its holds share it). */
  List<String> instances(String businessKey) {
    return bean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .stream().map(ProcessInstance::getId).toList();
  }

  /** Runs, as the job executor would, every job now due of the instances with this business key, until none is left. */
  void settle(String businessKey) {
    ManagementService management = bean(ManagementService.class);
    for (int run = 0; run < MAX_JOBS; run++) {
      List<Job> due = new ArrayList<>();
      for (String instance : instances(businessKey)) {
        due.addAll(management.createJobQuery().processInstanceId(instance).active().executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException(businessKey + " still has due jobs after " + MAX_JOBS);
  }

  /** Lets the timer at this activity fire now, as it will when its time comes. */
  void fireTimer(String businessKey, String activityId) {
    ManagementService management = bean(ManagementService.class);
    Job timer = management.createJobQuery().processInstanceId(instance(businessKey)).activityId(activityId).timers()
        .singleResult();
    assertThat(timer).as("timer at %s", activityId).isNotNull();
    management.executeJob(timer.getId());
  }

  String instance(String businessKey) {
    return bean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list().get(0).getId();
  }

  @Override
  public void close() {
    context.close();
    webappsBefore.restore();
  }

  /**
   * Cockpit, Tasklist, Admin and the welcome page keep their runtime delegates in JVM-wide statics, which an
   * application sets when it starts and clears when it closes. Another ToolFlow running in this JVM (the shared
   * test context) gets the ones it had back, or its webapps would answer 500 from then on.
   */
  private record WebappDelegates(CockpitRuntimeDelegate cockpit, TasklistRuntimeDelegate tasklist,
      AdminRuntimeDelegate admin, WelcomeRuntimeDelegate welcome) {

    static WebappDelegates current() {
      return new WebappDelegates(Cockpit.getRuntimeDelegate(), Tasklist.getRuntimeDelegate(),
          Admin.getRuntimeDelegate(), Welcome.getRuntimeDelegate());
    }

    void restoreWhereSet() {
      if (cockpit != null) {
        Cockpit.setCockpitRuntimeDelegate(cockpit);
      }
      if (tasklist != null) {
        Tasklist.setTasklistRuntimeDelegate(tasklist);
      }
      if (admin != null) {
        Admin.setAdminRuntimeDelegate(admin);
      }
      if (welcome != null) {
        Welcome.setRuntimeDelegate(welcome);
      }
    }

    void restore() {
      Cockpit.setCockpitRuntimeDelegate(cockpit);
      Tasklist.setTasklistRuntimeDelegate(tasklist);
      Admin.setAdminRuntimeDelegate(admin);
      Welcome.setRuntimeDelegate(welcome);
    }
  }
}
