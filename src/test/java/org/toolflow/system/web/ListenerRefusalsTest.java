package org.toolflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.TestRest;

/**
 * A refusal raised in a start or task listener reaches every caller as itself: the Java API, and the engine REST
 * with 400 (form data) or 403 (a person), whichever of {@code /start}, {@code /submit-form} and {@code /complete}.
 */
@ToolFlowSpringTest
class ListenerRefusalsTest {

  private static final String START = "/engine-rest/process-definition/key/" + RefusalProbe.KEY;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void deployProbe() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(RefusalProbe.KEY).count() == 0) {
      repositoryService.createDeployment().name(RefusalProbe.KEY).addModelInstance(RefusalProbe.KEY + ".bpmn",
          Bpmn.createExecutableProcess(RefusalProbe.KEY).camundaHistoryTimeToLive(1)
              .startEvent("Event_Start").camundaExecutionListenerExpression("start", "${refusalProbe.check(execution)}")
              .userTask("Task_Probe").camundaTaskListenerExpression("complete", "${refusalProbe.check(task)}")
              .endEvent("Event_End").done()).deploy();
    }
  }

  @Test
  void theRefusalIsFoundUnderTheEnginesWrappingAndAnyOtherErrorIsLeftAsItIs() {
    InvalidInputException form = new InvalidInputException(List.of(new FieldProblem("toolUrl", "is required")));
    FormFieldValidationException field = new FormFieldValidationException("toolKey", "toolKey is not allowed");
    AuthorizationException person = new AuthorizationException("not you");

    for (RuntimeException refusal : List.of(form, field, person)) {
      ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051",
          new ProcessEngineException("Exception while invoking TaskListener", refusal));
      assertThat(ListenerRefusals.refusalIn(wrapped)).isSameAs(refusal);
    }
    assertThat(ListenerRefusals.refusalIn(new ProcessEngineException("other", new IllegalStateException()))).isNull();
  }

  @Test
  void theJavaApiSeesATaskListenersRefusalAsItself() {
    assertThatThrownBy(() -> taskService.complete(probeTask().getId(), Map.of(RefusalProbe.REFUSE, "form")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> taskService.complete(probeTask().getId(), Map.of(RefusalProbe.REFUSE, "field")))
        .isInstanceOf(FormFieldValidationException.class);
    assertThatThrownBy(() -> taskService.complete(probeTask().getId(), Map.of(RefusalProbe.REFUSE, "person")))
        .isInstanceOf(AuthorizationException.class).hasMessage("probe: this person may not do this");
  }

  @Test
  void aStartListenersRefusalIsA400OnStartAndSubmitFormAndStartsNothing() throws Exception {
    long started = instances();

    for (String path : List.of(START + "/start", START + "/submit-form")) {
      HttpResponse<String> field = post(path, Map.of("variables", Map.of(RefusalProbe.REFUSE, value("field"))));
      assertRefused(field, 400, "FormFieldValidationException", "probeField 'x' is not allowed: use a probe value");

      HttpResponse<String> form = post(path, Map.of("variables", Map.of(RefusalProbe.REFUSE, value("form"))));
      assertRefused(form, 400, "InvalidRequestException", "Invalid input: probeField: must be a probe value");
    }
    assertThat(instances()).isEqualTo(started);
  }

  @Test
  void aTaskListenersRefusalIsA400Or403OnCompleteAndSubmitFormAndCompletesNothing() throws Exception {
    Task task = probeTask();

    for (String action : List.of("/complete", "/submit-form")) {
      String path = "/engine-rest/task/" + task.getId() + action;
      assertRefused(post(path, Map.of("variables", Map.of(RefusalProbe.REFUSE, value("field")))), 400,
          "FormFieldValidationException", "probeField 'x' is not allowed: use a probe value");
      assertRefused(post(path, Map.of("variables", Map.of(RefusalProbe.REFUSE, value("form")))), 400,
          "InvalidRequestException", "Invalid input: probeField: must be a probe value");
      assertRefused(post(path, Map.of("variables", Map.of(RefusalProbe.REFUSE, value("person")))), 403,
          "AuthorizationException", "probe: this person may not do this");
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).statusCode()).isEqualTo(204);
  }

  private Task probeTask() {
    String instance = runtimeService.startProcessInstanceByKey(RefusalProbe.KEY).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RefusalProbe.KEY).count();
  }

  private void assertRefused(HttpResponse<String> answer, int status, String type, String message) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.path("type").asText()).as(answer.body()).isEqualTo(type);
    // The listener's own words, not the engine's wrapper around them.
    assertThat(body.path("message").asText()).contains(message).doesNotContain("ENGINE-03051");
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private HttpResponse<String> post(String path, Object body) {
    return new TestRest(port).send("POST", path, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, body);
  }
}
