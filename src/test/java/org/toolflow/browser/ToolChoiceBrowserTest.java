package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.browser.Browser.Webapp;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.retirement.ToolRetirementProcess;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * A person starting a process in Tasklist picks the tool from a list that holds exactly the ACTIVE tools of the
 * registry at that moment (a tool retired a moment before is not offered), and the process starts with that tool.
 */
@ToolFlowSpringTest
@BrowserTest
class ToolChoiceBrowserTest {

  private static final By TOOL_CHOICE = By.cssSelector(".modal [id$='-Field_toolKey-display']");
  private static final By OPTIONS = By.cssSelector(".modal .fjs-dropdownlist .fjs-dropdownlist-item");
  private static final By REASON = By.cssSelector(".modal textarea[id$='-Field_retirementReason']");
  private static final By START_BUTTON = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']");

  @LocalServerPort
  int port;
  @Autowired
  ToolRegistry registry;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void theToolIsPickedFromExactlyTheActiveToolsAndTheProcessStartsWithIt() throws Exception {
    Tool picked = IncidentTestSupport.activeTool(registry, "picked-in-browser", QualityOfSupport.BASE);
    IncidentTestSupport.activeTool(registry, "retired-before-browser", QualityOfSupport.BASE);
    registry.retire("retired-before-browser");
    List<String> activeLabels = registry.listByStatus(ToolStatus.ACTIVE).stream()
        .map(tool -> tool.name() + " (" + tool.key() + ")").sorted().toList();

    try (Browser browser = Browser.open(port, "tool-choice")) {
      browser.step("tasklist-logged-in", () -> browser.logIn(Webapp.TASKLIST, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
      browser.step("start-form-opened", () -> browser.openStartForm("Tool retirement"));
      browser.step("tool-list-opened", () -> {
        browser.click(TOOL_CHOICE);
        browser.waitFor(OPTIONS);
      });

      // textContent: items scrolled out of the list's view have no visible text.
      List<String> offered = browser.driver().findElements(OPTIONS).stream().map(item -> item.getAttribute("textContent"))
          .map(String::strip).sorted().toList();
      assertThat(offered).isEqualTo(activeLabels).contains(picked.name() + " (picked-in-browser)")
          .noneMatch(label -> label.contains("retired-before-browser"));

      browser.step("tool-picked", () -> {
        WebElement item = browser.waitFor(By.xpath("//div[contains(@class,'modal')]"
            + "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + picked.name() + " (picked-in-browser)']"));
        // The list scrolls: bring the item into its view before a person could click it.
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
        browser.waiting().until(driver -> item.isDisplayed());
        item.click();
        browser.waitForText(TOOL_CHOICE, picked.name() + " (picked-in-browser)");
      });
      browser.step("reason-given-and-started", () -> {
        browser.waitFor(REASON).sendKeys("Picked in the browser");
        browser.click(START_BUTTON);
      });
      browser.step("process-started", () -> browser.waiting().until(driver -> runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ToolRetirementProcess.PROCESS_KEY)
          .processInstanceBusinessKey(ToolRetirementProcess.BUSINESS_KEY_PREFIX + "picked-in-browser").count() == 1));
    }
    ProcessInstance started = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ToolRetirementProcess.BUSINESS_KEY_PREFIX + "picked-in-browser").singleResult();
    assertThat(runtimeService.getVariable(started.getId(), ToolRetirementProcess.Vars.TOOL_KEY))
        .isEqualTo("picked-in-browser");
    runtimeService.deleteProcessInstance(started.getId(), "browser test done");
  }
}
