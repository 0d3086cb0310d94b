package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.browser.Browser.Webapp;
import org.toolflow.change.ChangeRecord;
import org.toolflow.change.ChangeRecords;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeStatus;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * A normal change request done by people in Tasklist: a customer representative files it from the start form,
 * the tool's team assesses it and approves it among the product teams, the OMB approves it; the change is then
 * In progress and waits for its release. The requester never sees the approval tasks, and a requester who is
 * also in the OMB is refused the OMB approval of their own change (segregation of duties).
 */
@ToolFlowSpringTest
@BrowserTest
class ChangeRequestBrowserTest {

  private static final String PASSWORD = "change-browser-secret";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String TITLE = "Faster catalogue search";
  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");
  // Long enough for a busy machine to answer a submit; the full timeout still applies after a second click.
  private static final Duration CLICK_LOST = Duration.ofSeconds(15);
  private static final By COMPLETE = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Complete']");

  @LocalServerPort
  int port;
  @Autowired
  ToolRegistry registry;
  @Autowired
  AccessPolicy accessPolicy;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  ChangeRecords records;

  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);
  private String tool;
  private String teamMember;
  private String ombMember;

  /** What nobody does in Tasklist: an ACTIVE tool with its team, and people in their groups. */
  @BeforeEach
  void toolAndPeople() {
    tool = "cbt" + run + SEQUENCE.incrementAndGet();
    registry.registerOnboarding(Tool.builder(tool).name("Tool " + tool).supportEmail(tool + "-support@example.org")
        .teamLeaderName("Leader of " + tool).teamLeaderEmail(tool + "-leader@example.org").purpose("Browser changes")
        .licence("Apache-2.0").rtCategory("Category " + tool).otag(false).build());
    registry.activate(tool);
    teamMember = user("team-member");
    accessPolicy.ensureOperatorGroup(ToolGroups.team(tool), "Team of " + tool, teamMember);
    ombMember = user("omb-member", Roles.OMB);
  }

  @Test
  void aNormalChangeIsFiledAssessedAndApprovedInTasklistAndWaitsForItsRelease() throws Exception {
    String requester = user("requester", Roles.CUSTOMER_REPS);
    ProcessInstance change;
    try (Browser browser = Browser.open(port, "change-request-normal")) {
      change = fileChange(browser, requester);
      runJobs(change);
      String assessment = taskService.createTaskQuery().processInstanceId(change.getId()).singleResult().getId();
      browser.step("requester-sees-no-task", () -> {
        openFilter(browser, "All I may see");
        browser.waitFor(By.cssSelector(".tasks-list"));
      });
      assertThat(browser.driver().findElements(taskLink(assessment))).isEmpty();
      logOut(browser);

      browser.step("team-member-logged-in", () -> browser.logIn(Webapp.TASKLIST, teamMember, PASSWORD));
      workOn(browser, change, "Assess the change", "assessment");
      browser.step("assessment-filled", () -> {
        choose(browser, "effort", "Days");
        choose(browser, "impact", "Medium");
        choose(browser, "risk", "Low");
        retype(browser.waitFor(field("priority")), "3");
        typeDate(browser, "intendedDeploymentDate", TestClock.today().plusDays(30));
        browser.waitFor(field("assessmentComment")).sendKeys("Two days of work; the index is rebuilt at night.");
      });
      complete(browser, change, Elements.ASSESS, "assessment-completed");
      runJobs(change);

      workOn(browser, change, "Approve among the product teams", "product-teams-approval");
      browser.step("product-teams-approval-filled", () -> {
        browser.click(radio("productTeamsDecision", "Approve"));
        browser.waitFor(field("productTeamsComment")).sendKeys("Fits the team's plans.");
      });
      complete(browser, change, Elements.APPROVE_PRODUCT_TEAMS, "product-teams-approval-completed");
      runJobs(change);
      logOut(browser);

      browser.step("omb-member-logged-in", () -> browser.logIn(Webapp.TASKLIST, ombMember, PASSWORD));
      workOn(browser, change, "Approve in the OMB", "omb-approval");
      browser.step("omb-approval-filled", () -> {
        browser.click(radio("ombDecision", "Approve"));
        browser.waitFor(field("ombComment")).sendKeys("Approved in the OMB meeting.");
      });
      complete(browser, change, Elements.APPROVE_OMB, "omb-approval-completed");
    }
    runJobs(change);

    ChangeRecord record = records.get(change.getBusinessKey());
    assertThat(record.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
    assertThat(record.requester()).isEqualTo(requester);
    assertThat(record).extracting(ChangeRecord::toolKey, ChangeRecord::customer, ChangeRecord::title,
        ChangeRecord::requestedType, ChangeRecord::securityVulnerability, ChangeRecord::changeClass)
        .containsExactly(tool, "EGI", TITLE, "normal", false, "normal");
    assertThat(record.priority()).isEqualTo(3);
    assertThat(record.intendedDeploymentDate()).isEqualTo(TestClock.today().plusDays(30));
    assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(Elements.RELEASE_OUTCOME);
    assertThat(runtimeService.getVariable(change.getId(), ChangeRequestProcess.Vars.STATUS)).isEqualTo("IN_PROGRESS");
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(change.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
    assertThat(tasks).extracting(HistoricTaskInstance::getTaskDefinitionKey)
        .containsExactly(Elements.ASSESS, Elements.APPROVE_PRODUCT_TEAMS, Elements.APPROVE_OMB);
    assertThat(tasks).extracting(HistoricTaskInstance::getAssignee).containsExactly(teamMember, teamMember, ombMember);
    // The requester's own authorizations never show them a task of their change, approvals included.
    assertThat(tasksSeenBy(requester, change)).isZero();
  }

  @Test
  void aRequesterInTheOmbIsRefusedTheApprovalOfTheirOwnChange() throws Exception {
    String requester = user("requesting-omb-member", Roles.CUSTOMER_REPS, Roles.OMB);
    try (Browser browser = Browser.open(port, "change-request-segregation")) {
      ProcessInstance change = fileChange(browser, requester);
      runJobs(change);
      approveAsTeam(change);
      runJobs(change);

      workOn(browser, change, "Approve in the OMB", "own-omb-approval", false);
      browser.step("own-claim-refused", () -> {
        browser.click(By.cssSelector(".task-details button.claim"));
        browser.waitForText(By.cssSelector(".notifications, [cam-notifications]"), "Segregation of duties");
      });

      assertThat(browser.text(By.cssSelector(".notifications, [cam-notifications]")))
          .contains("requested change " + change.getBusinessKey());
      Task omb = taskService.createTaskQuery().processInstanceId(change.getId()).singleResult();
      assertThat(omb.getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_OMB);
      assertThat(omb.getAssignee()).isNull();
      assertThat(records.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.NEW);
    }
  }

  /** Logs in as the requester and files a normal change of the tool from the start form. */
  private ProcessInstance fileChange(Browser browser, String requester) {
    browser.step("requester-logged-in", () -> browser.logIn(Webapp.TASKLIST, requester, PASSWORD));
    browser.step("start-form-opened", () -> browser.openStartForm("Change request"));
    browser.step("change-request-typed", () -> {
      choose(browser, "toolKey", "Tool " + tool + " (" + tool + ")");
      retype(browser.waitFor(field("customer")), "EGI");
      browser.waitFor(field("title")).sendKeys(TITLE);
      browser.waitFor(field("description")).sendKeys("Index the catalogue so that a search takes less than a second.");
      browser.click(radio("requestedType", "Normal: assessed and approved"));
      assertThat(browser.waitFor(field("securityVulnerability")).isSelected()).as("not a security fix").isFalse();
    });
    browser.step("change-request-started", () -> {
      browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']"));
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
      browser.waiting().until(driver -> changeOf(requester) != null);
    });
    ProcessInstance change = changeOf(requester);
    assertThat(change.getBusinessKey()).startsWith("CHG-");
    return change;
  }

  private void workOn(Browser browser, ProcessInstance change, String taskName, String what) {
    workOn(browser, change, taskName, what, true);
  }

  /** Finds the change's task in "My groups' tasks", opens it and (if asked) claims it, by clicking. */
  private void workOn(Browser browser, ProcessInstance change, String taskName, String what, boolean claim) {
    Task task = taskService.createTaskQuery().processInstanceId(change.getId()).singleResult();
    assertThat(task.getName()).isEqualTo(taskName);
    browser.step(what + "-opened", () -> {
      openFilter(browser, "My groups' tasks");
      browser.click(taskLink(task.getId()));
      browser.waitForText(TASK_FORM, change.getBusinessKey() + ": " + TITLE);
    });
    if (claim) {
      browser.step(what + "-claimed", () -> {
        browser.click(By.cssSelector(".task-details button.claim"));
        // Tasklist keeps the form disabled until the task is claimed.
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .disabled-form")));
      });
    }
  }

  /**
   * Clicks Complete and waits for the engine to finish the task. Tasklist reloads a task several times after a
   * claim, and a click that lands during such a reload is sometimes dropped without any message (no submit-form
   * request is sent); a person clicks again, and so does this step, once.
   */
  private void complete(Browser browser, ProcessInstance change, String taskKey, String what) {
    browser.step(what, () -> {
      clickUncovered(browser, COMPLETE);
      try {
        new WebDriverWait(browser.driver(), CLICK_LOST).until(driver -> completed(change, taskKey));
      } catch (TimeoutException dropped) {
        browser.screenshot(what + "-click-again");
        clickUncovered(browser, COMPLETE);
      }
      browser.waiting().until(driver -> completed(change, taskKey));
    });
  }

  private boolean completed(ProcessInstance change, String taskKey) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(change.getId())
        .taskDefinitionKey(taskKey).finished().count() == 1;
  }

  private static void openFilter(Browser browser, String name) {
    browser.click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(),\"" + name + "\")]"));
  }

  private static void logOut(Browser browser) {
    browser.step("logged-out", () -> {
      browser.click(By.cssSelector("li.account a.dropdown-toggle"));
      browser.click(By.xpath("//li[contains(@class,'account')]//a[contains(normalize-space(),'Log out')]"));
      browser.waitFor(By.cssSelector("input[ng-model=username]"));
    });
  }

  /** Picks a value of a form-js select by its label, as a person does with the drop-down. */
  private static void choose(Browser browser, String key, String label) {
    clickUncovered(browser, By.cssSelector("[id$='-Field_" + key + "-display']"));
    clickUncovered(browser, By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"));
    browser.waitForText(By.cssSelector("[id$='-Field_" + key + "-display']"), label);
  }

  /** Replaces a field's value by typing, as a person does: WebElement.clear() bypasses form-js's own state. */
  private static void retype(WebElement input, String value) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(value);
  }

  /**
   * Scrolls the element to the middle of the task pane and clicks it once nothing covers it: Tasklist's fixed footer
   * covers the bottom of the pane, and the pane still moves while Tasklist reloads a task it has just claimed.
   */
  private static void clickUncovered(Browser browser, By locator) {
    browser.waiting().until(driver -> {
      WebElement element = browser.waitForClickable(locator);
      centred(browser, element);
      Object uncovered = browser.driver().executeScript("const box = arguments[0].getBoundingClientRect();"
          + "return arguments[0].contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));",
          element);
      if (!Boolean.TRUE.equals(uncovered)) {
        return false;
      }
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException movedMeanwhile) {
        return false;
      }
    });
  }

  /** Scrolls the element to the middle of the task pane, clear of Tasklist's footer. */
  private static WebElement centred(Browser browser, WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  private static void typeDate(Browser browser, String key, LocalDate date) {
    WebElement input = browser.waitFor(By.cssSelector(".task-details input[id$='-Field_" + key + "-date']"));
    String shown = browser.shows(date);
    centred(browser, input).sendKeys(shown, Keys.ENTER);
    browser.waiting().until(ExpectedConditions.attributeToBe(input, "value", shown));
  }

  private static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private static By radio(String key, String label) {
    return By.xpath("//*[contains(@class,'fjs-form-field-radio')][.//*[contains(@id,'-Field_" + key + "')]]"
        + "//label[normalize-space()='" + label + "']");
  }

  private static By taskLink(String taskIdOrKey) {
    return By.cssSelector(".tasks-list a[href*='" + taskIdOrKey + "']");
  }

  /** The team assesses and approves through the engine: the short test is about the OMB step only. */
  private void approveAsTeam(ProcessInstance change) {
    identityService.setAuthentication(teamMember, List.of(ToolGroups.team(tool)));
    try {
      Task assess = taskService.createTaskQuery().processInstanceId(change.getId()).singleResult();
      taskService.claim(assess.getId(), teamMember);
      taskService.complete(assess.getId(), Map.of("effort", "hours", "impact", "low", "risk", "low",
          "priority", 2, "intendedDeploymentDate", TestClock.today().plusDays(7).toString()));
      Task approve = taskService.createTaskQuery().processInstanceId(change.getId()).singleResult();
      taskService.claim(approve.getId(), teamMember);
      taskService.complete(approve.getId(), Map.of("productTeamsDecision", "approve"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance changeOf(String requester) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .variableValueEquals(ChangeRequestProcess.Vars.REQUESTER, requester).singleResult();
  }

  private long tasksSeenBy(String userId, ProcessInstance change) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return historyService.createHistoricTaskInstanceQuery().processInstanceId(change.getId()).count()
          + taskService.createTaskQuery().processInstanceId(change.getId()).count();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs what the job executor would (RT ticket, statuses, mails) until the process waits for a person or a message. */
  private void runJobs(ProcessInstance change) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(change.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("the change's jobs did not come to rest");
  }

  private String user(String role, String... groups) {
    String id = role + "-" + run + "-" + SEQUENCE.incrementAndGet();
    User user = identityService.newUser(id);
    user.setFirstName(role);
    user.setLastName(run);
    user.setEmail(id + "@example.org");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
    return id;
  }
}
