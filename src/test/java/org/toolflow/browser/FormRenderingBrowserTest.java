package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.browser.Browser.Webapp;

/**
 * Every form that a deployed process uses, as a start form or in a user task, opens in Tasklist and form-js
 * renders it without an error. Covers whatever processes/ and forms/ hold, plus the test-only probe process.
 */
@ToolFlowSpringTest
@BrowserTest
class FormRenderingBrowserTest {

  // The deployment ModelDeployment makes of processes/ and forms/ at start-up.
  private static final String MODELS_DEPLOYMENT = "toolflow";
  private static final String STAND_IN_KEY = "browser-form-stand-in";
  private static final By ERRORS = By.cssSelector(".alert-danger");

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();
  private final Deque<Runnable> cleanUps = new ArrayDeque<>();
  private Browser browser;

  record FormUse(String formId, ProcessDefinition definition, String taskId) {

    boolean isStartForm() {
      return taskId == null;
    }

    String step() {
      return formId + (isStartForm() ? "-start" : "-" + taskId);
    }

    @Override
    public String toString() {
      return formId + (isStartForm() ? " as start form" : " in " + taskId) + " of " + definition.getKey();
    }
  }

  @BeforeEach
  void deployProbeAndLogIn(TestInfo test) throws IOException {
    Deployment probe = ProbeProcess.deploy(repositoryService);
    cleanUps.push(() -> ProbeProcess.remove(repositoryService, probe));
    browser = Browser.open(port, "form-rendering/" + test.getTestMethod().orElseThrow().getName());
    browser.step("tasklist-logged-in", () -> browser.logIn(Webapp.TASKLIST, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
  }

  @AfterEach
  void cleanUp() throws IOException {
    try {
      browser.close();
    } finally {
      while (!cleanUps.isEmpty()) {
        cleanUps.pop().run();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFormOfADeployedProcessRendersInTasklist() {
    List<FormUse> uses = formUses();
    assertThat(uses).as("the probe's two forms at least").extracting(FormUse::formId)
        .contains(ProbeProcess.START_FORM, ProbeProcess.REVIEW_FORM);
    return uses.stream().map(use -> DynamicTest.dynamicTest(use.toString(),
        () -> assertThat(problemsOpening(use)).as("what Tasklist shows for %s", use).isEmpty()));
  }

  @Test
  void aFormThatFormJsCannotRenderIsReported() {
    Deployment broken = repositoryService.createDeployment().name("browser-broken-form")
        .addModelInstance("browser-broken-form.bpmn", Bpmn.createExecutableProcess("browser-broken-form")
            .name("Broken form").camundaHistoryTimeToLive(1)
            .startEvent("Event_Started").camundaFormRef("some-other-form").camundaFormRefBinding("deployment")
            .endEvent("Event_Done").done())
        .addClasspathResource("model-checks/breaks-every-form-rule.form")
        .deploy();
    cleanUps.push(() -> repositoryService.deleteDeployment(broken.getId(), true, true));
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().deploymentId(broken.getId()).singleResult();

    assertThat(problemsOpening(new FormUse("some-other-form", definition, null)))
        .singleElement().asString().startsWith("error shown: Form failure:").contains("filepicker", "not supported");
  }

  /** Opens the form where a person meets it and returns what went wrong; empty when form-js rendered it all. */
  private List<String> problemsOpening(FormUse use) {
    JsonNode form = deployedForm(use.definition().getDeploymentId(), use.formId());
    String container = use.isStartForm() ? ".modal .fjs-form" : ".task-details .fjs-form";
    browser.driver().get("about:blank");
    if (use.isStartForm()) {
      browser.go(Webapp.TASKLIST.path() + "#/?processStart=" + use.definition().getKey());
    } else {
      browser.go(Webapp.TASKLIST.path() + "#/?task=" + taskShowing(use));
    }
    List<String> problems = new ArrayList<>();
    try {
      browser.step(use.step(), () -> {
        browser.waiting().until(ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(container)),
            ExpectedConditions.visibilityOfElementLocated(ERRORS)));
        if (visibleErrors().isEmpty()) {
          for (String label : labelsOf(form.path("components"))) {
            browser.waitForText(By.cssSelector(container), label);
          }
        }
      });
    } catch (RuntimeException e) {
      problems.add("form not rendered in full: " + e.getMessage().lines().findFirst().orElse(""));
    }
    visibleErrors().forEach(error -> problems.add("error shown: " + error));
    return problems;
  }

  private List<String> visibleErrors() {
    return browser.driver().findElements(ERRORS).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /** Every form reference of the latest process definitions of the models deployment and the probe. */
  private List<FormUse> formUses() {
    List<FormUse> uses = new ArrayList<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      if (!List.of(MODELS_DEPLOYMENT, ProbeProcess.KEY).contains(deployment.getName())) {
        continue;
      }
      for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
          .deploymentId(deployment.getId()).list()) {
        if (!isLatest(definition)) {
          continue;
        }
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          if (start.getCamundaFormRef() != null && start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
            uses.add(new FormUse(start.getCamundaFormRef(), definition, null));
          }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (task.getCamundaFormRef() != null) {
            uses.add(new FormUse(task.getCamundaFormRef(), definition, task.getId()));
          }
        }
      }
    }
    return uses;
  }

  private boolean isLatest(ProcessDefinition definition) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(definition.getKey()).latestVersion()
        .singleResult().getId().equals(definition.getId());
  }

  /**
   * A task of the real process, started right at the user task without running what comes before. Where that
   * cannot start (an expression needs variables only earlier steps set), a one-task stand-in with the same form.
   */
  private String taskShowing(FormUse use) {
    ProcessInstance instance;
    try {
      instance = runtimeService.createProcessInstanceById(use.definition().getId())
          .startBeforeActivity(use.taskId()).execute(true, true);
    } catch (RuntimeException e) {
      System.out.println("[INFO] " + use + " cannot start at the task (" + e.getMessage() + "); using a stand-in process");
      instance = startStandIn(use);
    }
    String instanceId = instance.getId();
    cleanUps.push(() -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
        runtimeService.deleteProcessInstance(instanceId, "form rendering checked", true, true);
      }
    });
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private ProcessInstance startStandIn(FormUse use) {
    String formResource = formResourceName(use.definition().getDeploymentId(), use.formId());
    Deployment standIn;
    try (InputStream form = repositoryService.getResourceAsStream(use.definition().getDeploymentId(), formResource)) {
      standIn = repositoryService.createDeployment().name(STAND_IN_KEY)
          .addModelInstance(STAND_IN_KEY + ".bpmn", Bpmn.createExecutableProcess(STAND_IN_KEY).camundaHistoryTimeToLive(1)
              .startEvent("Event_Started")
              .userTask(use.taskId()).name(use.taskId()).camundaFormRef(use.formId()).camundaFormRefBinding("deployment")
              .endEvent("Event_Done").done())
          .addInputStream(formResource, form)
          .deploy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cleanUps.push(() -> repositoryService.deleteDeployment(standIn.getId(), true, true));
    return runtimeService.startProcessInstanceById(
        repositoryService.createProcessDefinitionQuery().deploymentId(standIn.getId()).singleResult().getId());
  }

  private JsonNode deployedForm(String deploymentId, String formId) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, formResourceName(deploymentId, formId))) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String formResourceName(String deploymentId, String formId) {
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
          if (formId.equals(json.readTree(in).path("id").asText())) {
            return name;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no form with id " + formId + " in deployment " + deploymentId);
  }

  /** The labels a person must see; those computed from variables or shown only on a condition are left out. */
  private static List<String> labelsOf(JsonNode components) {
    List<String> labels = new ArrayList<>();
    for (JsonNode component : components) {
      String label = component.path("label").asText("");
      boolean computed = label.startsWith("=") || label.contains("{{");
      if (!label.isBlank() && !computed && component.path("conditional").isMissingNode()) {
        labels.add(label);
      }
      labels.addAll(labelsOf(component.path("components")));
    }
    return labels;
  }
}
