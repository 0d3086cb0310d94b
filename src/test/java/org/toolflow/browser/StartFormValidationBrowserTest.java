package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.browser.Browser.Webapp;

/**
 * A person starts a process from its start form in Tasklist: a value the server refuses is shown with the
 * server's message and nothing starts; a good value starts it, and the next person completes its task form.
 */
@ToolFlowSpringTest
@BrowserTest
class StartFormValidationBrowserTest {

  private static final By TOOL_KEY = By.cssSelector(".modal input[id$='-Field_ToolKey']");
  private static final By START_BUTTON = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']");
  private static final By ERROR = By.cssSelector(".modal .alert-danger");

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;

  private Deployment probe;

  @BeforeEach
  void deployProbe() {
    probe = ProbeProcess.deploy(repositoryService);
  }

  @AfterEach
  void removeProbe() {
    ProbeProcess.remove(repositoryService, probe);
  }

  @Test
  void aToolKeyTheServerRefusesIsShownInTasklistAndStartsNothing() throws Exception {
    try (Browser browser = Browser.open(port, "start-form-validation")) {
      browser.step("tasklist-logged-in", () -> browser.logIn(Webapp.TASKLIST, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
      openStartForm(browser);

      browser.step("bad-tool-key-typed", () -> {
        browser.waitFor(TOOL_KEY).sendKeys("Not A Key!");
        browser.click(START_BUTTON);
      });
      browser.step("server-refusal-shown", () -> browser.waitForText(ERROR, "toolKey 'Not A Key!' is not allowed"));

      assertThat(browser.text(ERROR)).contains("use 2 to 32 lower-case letters, digits or hyphens");
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProbeProcess.KEY).count())
          .as("the refused start rolled back").isZero();
    }
  }

  @Test
  void aGoodToolKeyStartsTheProcessAndItsTaskIsCompletedInTasklist() throws Exception {
    try (Browser browser = Browser.open(port, "start-and-complete")) {
      browser.step("tasklist-logged-in", () -> browser.logIn(Webapp.TASKLIST, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
      openStartForm(browser);

      browser.step("good-tool-key-typed", () -> {
        browser.waitFor(TOOL_KEY).sendKeys("probe-tool");
        browser.click(START_BUTTON);
      });
      browser.step("process-started", () -> browser.waiting().until(driver ->
          runtimeService.createProcessInstanceQuery().processDefinitionKey(ProbeProcess.KEY).count() == 1));

      browser.step("review-task-opened", () -> {
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(),'All I may see')]"));
        browser.click(By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Review probe']"));
        browser.waitForText(By.cssSelector(".task-details .fjs-form"), "Review the probe of tool probe-tool.");
      });
      browser.step("review-task-claimed", () -> {
        browser.click(By.cssSelector(".task-details button.claim"));
        // Tasklist keeps the form disabled until the task is claimed.
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .disabled-form")));
      });
      browser.step("review-completed", () -> {
        browser.click(By.cssSelector(".task-details input[id$='-Field_Approved']"));
        browser.click(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Complete']"));
        browser.waiting().until(driver -> historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProbeProcess.KEY).completed().count() == 1);
      });

      HistoricProcessInstance done = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProbeProcess.KEY).singleResult();
      assertThat(done.getEndActivityId()).isEqualTo("Event_ProbeReviewed");
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(done.getId()).variableName("approved")
          .singleResult().getValue()).isEqualTo(true);
    }
  }

  /** Clicks "Start process" and picks the probe from the list, as a person would. */
  private static void openStartForm(Browser browser) {
    browser.step("start-form-opened", () -> browser.openStartForm(ProbeProcess.NAME));
  }
}
