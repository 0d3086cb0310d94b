package org.toolflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.audit.FinishedChangeRequests;
import org.toolflow.browser.Browser.Webapp;
import org.toolflow.change.ChangeReleases;
import org.toolflow.change.ChangeRequestProcess;

/** An auditor finds a change request that ended last month in Cockpit and sees who decided what, and when. */
@ToolFlowSpringTest
@BrowserTest
class AuditHistoryBrowserTest extends EngineTestCase {

  @Autowired
  ChangeReleases releases;

  @Test
  void anAuditorFindsLastMonthsChangeRequestAndSeesWhoDecidedWhat() throws Exception {
    LocalDate lastMonth = TestClock.today().minusMonths(1).withDayOfMonth(10);
    FinishedChangeRequests changes = new FinishedChangeRequests(processEngine, registry, releases);
    String auditor = changes.auditor();
    ClockUtil.setCurrentTime(Date.from(lastMonth.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    FinishedChangeRequests.Finished change = changes.finish();
    TestClock.reset();

    try (Browser browser = Browser.open(port, "audit-history")) {
      browser.step("cockpit-logged-in-as-auditor", () -> browser.logIn(Webapp.COCKPIT, auditor, FinishedChangeRequests.PASSWORD));

      browser.step("audit-search-filled", () -> {
        browser.click(By.linkText("Audit history"));
        browser.waitFor(By.cssSelector("form.tf-audit-form"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("select[name=process] option[value='" + ChangeRequestProcess.PROCESS_KEY + "']")));
        new Select(browser.driver().findElement(By.name("process"))).selectByValue(ChangeRequestProcess.PROCESS_KEY);
        new Select(browser.driver().findElement(By.name("dateField"))).selectByValue("finished");
        browser.driver().findElement(By.name("from")).sendKeys(browser.dateInputKeys(lastMonth.withDayOfMonth(1)));
        browser.driver().findElement(By.name("to")).sendKeys(browser.dateInputKeys(lastMonth.withDayOfMonth(lastMonth.lengthOfMonth())));
        new Select(browser.driver().findElement(By.name("state"))).selectByValue("completed");
        browser.driver().findElement(By.name("toolKey")).sendKeys(change.tool());
      });

      browser.step("audit-search-found", () -> {
        browser.driver().findElement(By.cssSelector("form.tf-audit-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".tf-audit-count"), "1–1 of 1");
      });
      WebElement found = browser.waitFor(By.linkText(change.changeKey()));
      assertThat(browser.text(By.cssSelector(".tf-audit-results table"))).contains(change.tool(), "COMPLETED",
          change.requester());

      browser.step("audit-instance-with-path", () -> {
        found.click();
        browser.waitForText(By.cssSelector(".tf-audit-instance h1"), change.changeKey());
        // Cockpit's own diagram viewer, with the activities the change passed marked.
        browser.waitFor(By.cssSelector(".tf-audit-diagram .djs-element.tf-audit-passed"));
        WebElement page = browser.waitFor(By.cssSelector(".tf-audit-instance"));
        // The viewer keeps its viewbox in the URL's query; that must not render the page again.
        browser.waiting().until(ExpectedConditions.urlContains("viewbox"));
        assertThat(page.isDisplayed()).as("the same page after the query changed").isTrue();
      });

      browser.step("audit-instance-who-decided-what", () -> {
        WebElement tasks = browser.waitFor(By.cssSelector(".tf-audit-tasks"));
        // The page scrolls inside itself (Cockpit clips its main area): bring the tasks up for the screenshot.
        browser.driver().executeScript("arguments[0].offsetParent.scrollTop = arguments[0].offsetTop - 20", tasks);
        assertThat(tasks.getText()).contains(change.assessor(), change.approver(), change.ombMember(), change.requester())
            .contains("ombDecision = approve", FinishedChangeRequests.OMB_COMMENT, "productTeamsDecision = approve");
        assertThat(browser.text(By.cssSelector(".tf-audit-decisions"))).contains("changeClass = normal");
        assertThat(browser.text(By.cssSelector(".tf-audit-calls"))).contains("create-ticket");
        assertThat(browser.text(By.cssSelector(".tf-audit-head"))).contains("COMPLETED", change.requester());
        assertThat(browser.driver().findElements(By.cssSelector(".tf-audit-diagram .djs-element.tf-audit-passed")))
            .hasSizeGreaterThan(5);
      });
    }
  }
}
