package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.browser.Browser.Webapp;

@ToolFlowSpringTest
@BrowserTest
class WebappLoginBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void theAdministratorLogsInToTasklistAndSeesTheFourSharedFilters() throws Exception {
    try (Browser browser = Browser.open(port, "tasklist-filters")) {
      browser.step("tasklist-logged-in", () -> browser.logIn(Webapp.TASKLIST, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));

      browser.step("tasklist-filters", () -> browser.waiting().until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-filter .name a"), 4)));

      List<String> filters = browser.driver().findElements(By.cssSelector(".task-filter .name a")).stream()
          .map(WebElement::getText)
          .map(name -> name.replaceAll("\\s+\\(?\\d+\\)?$", ""))
          .toList();
      assertThat(filters).containsExactly("My tasks", "My groups' tasks", "Overdue", "All I may see");
      assertThat(browser.text(By.cssSelector("li.account a.dropdown-toggle"))).isEqualTo(displayName(TestUsers.ADMIN));
    }
  }

  @Test
  void theAdministratorLogsInToCockpitAndSeesTheDashboard() throws Exception {
    try (Browser browser = Browser.open(port, "cockpit-dashboard")) {
      browser.step("cockpit-logged-in", () -> browser.logIn(Webapp.COCKPIT, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));

      long definitions = repositoryService.createProcessDefinitionQuery().latestVersion().count();
      long deployments = repositoryService.createDeploymentQuery().count();
      browser.step("cockpit-dashboard", () -> {
        browser.waitForText(By.cssSelector(".dashboard"), "Right Now");
        browser.waiting().until(ExpectedConditions.textToBe(
            By.cssSelector("section.deployed .processes .value"), String.valueOf(definitions)));
        browser.waiting().until(ExpectedConditions.textToBe(
            By.cssSelector("section.deployed .deployments .value"), String.valueOf(deployments)));
      });

      assertThat(browser.text(By.cssSelector("section.deployed"))).contains("Process Definitions", "Deployments");
      assertThat(browser.text(By.cssSelector(".dashboard"))).contains("Running Process Instances", "Open Incidents");
    }
  }

  @Test
  void theAdministratorLogsInToAdminAndFindsThemselvesInTheUserList() throws Exception {
    try (Browser browser = Browser.open(port, "admin-users")) {
      browser.step("admin-logged-in", () -> browser.logIn(Webapp.ADMIN, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));

      browser.step("admin-user-list", () -> {
        browser.click(By.cssSelector("a[href='#/users']"));
        browser.waitFor(By.xpath("//table//a[normalize-space()='" + TestUsers.ADMIN + "']"));
      });

      assertThat(browser.text(By.cssSelector(".sections-menu"))).contains("Users", "Groups", "Authorizations");
    }
  }

  private String displayName(String userId) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }
}
