package org.toolflow.integration.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.forge.ForgeTags;
import org.toolflow.integration.gocdb.GocdbDirectory;
import org.toolflow.integration.helpdesk.HelpdeskTicket;
import org.toolflow.integration.helpdesk.HelpdeskTicketRequest;
import org.toolflow.integration.helpdesk.HelpdeskTickets;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.integration.rt.RtTicket;
import org.toolflow.integration.rt.RtTicketRequest;
import org.toolflow.integration.rt.RtTickets;
import org.toolflow.integration.wiki.WikiEdit;
import org.toolflow.integration.wiki.WikiPages;
import org.toolflow.TestRest;

/** With nothing configured every port is a dry run: answers marked as such, journaled, idempotent. */
@ToolFlowSpringTest
class DryRunJournalTest {

  @Autowired
  RtTickets rt;
  @Autowired
  HelpdeskTickets helpdesk;
  @Autowired
  GocdbDirectory gocdb;
  @Autowired
  WikiPages wiki;
  @Autowired
  Mailer mailer;
  @Autowired
  ForgeTags forge;
  @Autowired
  ActionJournal journal;
  @Autowired
  IdentityService identityService;
  @Autowired
  ApplicationContext context;
  @LocalServerPort
  int port;


  @Test
  void eachPortHasExactlyOneBean() {
    for (Class<?> port : List.of(RtTickets.class, HelpdeskTickets.class, GocdbDirectory.class, WikiPages.class,
        Mailer.class, ForgeTags.class)) {
      assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
    }
  }

  @Test
  void aDryRunAnswersMarkedIdentifiersAndTheSameKeyGetsTheSameAnswer() {
    ActionContext context = context();
    RtTicket first = rt.create(context, new RtTicketRequest("Requirements", "Change", "text", "a@example.org", 2,
        Map.of("Category", "ToolX")));
    RtTicket again = rt.create(context, new RtTicketRequest("Requirements", "Change", "text", "a@example.org", 2,
        Map.of("Category", "ToolX")));

    assertThat(first.dryRun()).isTrue();
    assertThat(first.id()).startsWith("dry-run-");
    assertThat(again).isEqualTo(first);
    List<JournalEntry> entries = journal.find(context.processInstanceId(), null, 0, 10);
    assertThat(entries).singleElement().satisfies(entry -> {
      assertThat(entry.system()).isEqualTo("rt");
      assertThat(entry.operation()).isEqualTo("create-ticket");
      assertThat(entry.dryRun()).isTrue();
      assertThat(entry.idempotencyKey()).isEqualTo(context.idempotencyKey());
      assertThat(entry.request()).contains("\"Queue\":\"Requirements\"").contains("\"CustomFields\":{\"Category\":\"ToolX\"}");
      assertThat(entry.answer()).contains(first.id());
    });
  }

  @Test
  void everyPortRunsDryAndLandsInTheJournal() {
    ActionContext context = context();
    HelpdeskTicket ticket = helpdesk.create(context, new HelpdeskTicketRequest("ToolX", "New unit", "body", "a@example.org"));
    helpdesk.addArticle(context("article"), ticket.id(), "more");
    WikiEdit edit = wiki.publish(context("wiki"), "ToolX", "== ToolX ==", "created by ToolFlow");
    mailer.send(context("mail"), new MailMessage(List.of("team@example.org"), "Hello ${name}", "journal-probe",
        Map.of("name", "Team & co")));
    boolean tag = forge.tagExists(context("forge"), "EGI-Federation", "toolx", "v1.0.0");

    assertThat(ticket.dryRun()).isTrue();
    assertThat(ticket.number()).startsWith("dry-run-");
    assertThat(edit.dryRun()).isTrue();
    assertThat(edit.url()).contains("dry-run.invalid");
    assertThat(tag).isTrue();
    assertThat(gocdb.findServiceEndpoints("toolx.example.org")).singleElement()
        .satisfies(se -> assertThat(se.primaryKey()).startsWith("dry-run-"));
    assertThat(journal.find(context.processInstanceId(), null, 0, 10)).extracting(JournalEntry::system)
        .containsExactlyInAnyOrder("helpdesk", "helpdesk", "wiki", "mail", "forge");
    assertThat(journal.find(context.processInstanceId(), "mail", 0, 10)).singleElement()
        .satisfies(entry -> assertThat(entry.request()).contains("Hello Team & co").contains("team@example.org"));
  }

  @Test
  void theJournalIsReadThroughTheApiFilteredAndPaged() throws Exception {
    ActionContext context = context();
    rt.comment(context, "17", "one");
    rt.comment(context("second"), "17", "two");

    HttpResponse<String> response = get("/api/journal?processInstanceId=" + context.processInstanceId()
        + "&system=rt&page=0&size=1", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"total\":2").contains("\"size\":1").contains("\"operation\":\"comment\"")
        .contains("\"dryRun\":true");
    assertThat(response.body().split("\"operation\"")).hasSize(2);
  }

  @Test
  void badPagingAndUnknownSystemsAreRefusedFieldByField() throws Exception {
    HttpResponse<String> response = get("/api/journal?system=ggus&size=1000&page=-1", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"system\"").contains("\"field\":\"size\"")
        .contains("\"field\":\"page\"")
        .contains("must be a whole number from 1 to 200");
  }

  @Test
  void someoneOutsideOperationsSeesOnlyProcessesTheyMayRead() throws Exception {
    String user = TestUsers.ensureUser(identityService, "journal-reader", "secret-1");

    assertThat(get("/api/journal", user, "secret-1").statusCode()).isEqualTo(403);
    assertThat(get("/api/journal?processInstanceId=" + UUID.randomUUID(), user, "secret-1").statusCode()).isEqualTo(403);
  }

  private ActionContext sharedContext;

  private ActionContext context() {
    sharedContext = new ActionContext(UUID.randomUUID().toString(), "Task_Probe", UUID.randomUUID().toString());
    return sharedContext;
  }

  private ActionContext context(String activity) {
    return new ActionContext(sharedContext.processInstanceId(), activity, UUID.randomUUID().toString());
  }

  private HttpResponse<String> get(String path, String user, String password) {
    return new TestRest(port).get(path, user, password);
  }
}
