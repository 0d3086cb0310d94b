package org.toolflow.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.integration.LiveStandIns.GOCDB_PATH;
import static org.toolflow.integration.LiveStandIns.HELPDESK_TOKEN;
import static org.toolflow.integration.LiveStandIns.RT_TOKEN;
import static org.toolflow.integration.LiveStandIns.WIKI_API;
import static org.toolflow.onboarding.OnboardingFixtures.answer;
import static org.toolflow.onboarding.OnboardingFixtures.hostnameOf;
import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;
import static org.toolflow.onboarding.OnboardingFixtures.request;
import static org.toolflow.onboarding.OnboardingProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.toolflow.TestClock;
import org.toolflow.change.ChangeHoldProcess;
import org.toolflow.change.ChangeReleases;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * A whole tool onboarding and whole change requests with every connector live: ToolFlow runs as its own
 * application, pointed at local stand-ins of RT, the EGI Helpdesk, GOCDB, the wiki and SMTP, and the right people
 * drive the processes over HTTP. Each outside system must receive exactly the documented requests, in order, and
 * nothing else; the journal must list each of them as live. Deliberately not a {@code @ToolFlowSpringTest}: the
 * shared test context keeps every connector in dry-run.
 */
class LiveEdgesTest extends LiveTestCase {

  private static final Pattern MARKED = Pattern.compile("(?s)(.*) \\[toolflow-[0-9a-f]{20}\\]");

  @Test
  void aWholeOnboardingSendsTheDocumentedRequestsAndJournalsThemLive() throws Exception {
    String toolKey = newToolKey();
    String host = hostnameOf(toolKey);
    String toolName = "Tool " + toolKey;
    String leaderEmail = "jana@" + toolKey + ".example.org";
    String leader = toolFlow.person("leader-" + toolKey, GROUP_TOOL_REQUESTERS);
    standIns.gocdbRegistersOnSecondCheck(host, "9120G0", "egi.ToolX");
    standIns.helpdeskCreatesTicket(31, "31031", "New support unit: " + toolName, "GGUS", leaderEmail);
    standIns.wikiSavesEditAs(toolName, 98765);

    String instance = toolFlow.startForm(leader, KEY, request(toolKey)).path("id").asText();
    onboardingStep(operator, toolKey, TASK_REVIEW_ONBOARDING);
    toolFlow.settle(toolKey); // registered, team group, Tool-admins mail
    onboardingStep(operator, toolKey, TASK_CREATE_TOOL_URL);
    onboardingStep(operator, toolKey, TASK_REGISTER_IN_GOCDB);
    toolFlow.settle(toolKey); // first GOCDB check: not there yet
    toolFlow.fireTimer(toolKey, EVENT_GOCDB_CHECK_DELAY);
    toolFlow.settle(toolKey); // second check: found
    onboardingStep(operator, toolKey, TASK_CREATE_RT_CATEGORY);
    onboardingStep(leader, toolKey, TASK_DESCRIBE_SUPPORT_UNIT);
    toolFlow.settle(toolKey); // support unit requested from the helpdesk
    onboardingStep(operator, toolKey, TASK_CONFIRM_SUPPORT_UNIT);
    onboardingStep(leader, toolKey, TASK_NEGOTIATE_OLA);
    onboardingStep(operator, toolKey, TASK_SIGN_OLA);
    onboardingStep(leader, toolKey, TASK_ACKNOWLEDGE_EGI);
    onboardingStep(leader, toolKey, TASK_PROVIDE_SECURITY_POLICY);
    onboardingStep(operator, toolKey, TASK_GRANT_EMAIL_ACCESS);
    onboardingStep(leader, toolKey, TASK_COMPLETE_WIKI_ENTRY);
    toolFlow.settle(toolKey); // wiki entry published, tool active, summary mail

    assertThat(toolFlow.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getEndActivityId()).isEqualTo(EVENT_TOOL_ACTIVE);
    String wikiPage = standIns.wiki.baseUrl() + "/w/index.php?title=Tool_" + toolKey;
    Tool tool = toolFlow.bean(ToolRegistry.class).get(toolKey);
    assertThat(tool.status()).isEqualTo(ToolStatus.ACTIVE);
    assertThat(tool.gocdbEntry()).isEqualTo(host);
    assertThat(tool.wikiPage()).isEqualTo(wikiPage);

    // GOCDB: looked up until the registration appears; its public interface takes no credentials.
    assertThat(requestLines(standIns.gocdb)).containsExactly(
        "GET " + GOCDB_PATH + "?method=get_service_endpoint&hostname=" + host,
        "GET " + GOCDB_PATH + "?method=get_service_endpoint&hostname=" + host);
    standIns.gocdb.verify(2, getRequestedFor(urlPathEqualTo(GOCDB_PATH)).withHeader("Authorization", absent()));

    // EGI Helpdesk: one ticket to the helpdesk's own support unit, asking for the tool's support unit.
    LoggedRequest ticket = onlyRequest(standIns.helpdesk, "POST /api/v1/tickets?expand=true");
    assertThat(ticket.getHeader("Authorization")).isEqualTo("Token token=" + HELPDESK_TOKEN);
    assertThat(ticket.getHeader("Content-Type")).startsWith("application/json");
    String body = String.join("\n",
        "Please create a new support unit for the EGI production tool " + toolName + ".",
        "",
        "Support unit name: " + toolName,
        "Category: monitoring",
        "Mailing list: tickets@" + toolKey + ".example.org",
        "Quality of support: MEDIUM",
        "Team leader: Jana Nováková <" + leaderEmail + ">",
        "",
        "FAQ text:",
        "Before opening a ticket, read https://docs.example.org/" + toolKey + "/faq");
    ObjectNode sentTicket = (ObjectNode) json.readTree(ticket.getBodyAsString());
    sentTicket.put("title", unmarked(sentTicket.path("title").asText()));
    assertThat(sentTicket).isEqualTo(json.readTree("""
        {"title":"New support unit: %1$s","group":"GGUS","customer":"%2$s",
         "article":{"subject":"New support unit: %1$s","body":%3$s,"type":"note","internal":false}}"""
        .formatted(toolName, leaderEmail, json.writeValueAsString(body))));

    // Wiki: login token, bot login, CSRF token in the logged-in session, then the edit with that token.
    assertThat(requestLines(standIns.wiki)).containsExactly(
        "GET " + WIKI_API + "?action=query&meta=tokens&type=login&format=json",
        "POST " + WIKI_API + " action=login",
        "GET " + WIKI_API + "?action=query&meta=tokens&format=json",
        "POST " + WIKI_API + " action=edit");
    List<LoggedRequest> wiki = oldestFirst(standIns.wiki);
    assertThat(form(wiki.get(1))).isEqualTo(Map.of("action", "login", "lgname", LiveStandIns.WIKI_USER,
        "lgpassword", LiveStandIns.WIKI_PASSWORD, "lgtoken", LiveStandIns.WIKI_LOGIN_TOKEN, "format", "json"));
    assertThat(wiki.get(2).getHeader("Cookie")).contains("egiwiki_session=l0gg3d1n");
    Map<String, String> edit = form(wiki.get(3));
    assertThat(edit.keySet()).containsExactly("action", "title", "text", "summary", "format", "assert", "token");
    assertThat(edit).containsEntry("title", toolName)
        .containsEntry("format", "json").containsEntry("assert", "user")
        .containsEntry("token", LiveStandIns.WIKI_CSRF_TOKEN);
    assertThat(unmarked(edit.get("summary"))).isEqualTo("Production tool " + toolName + " onboarded by EGI Operations");
    assertThat(edit.get("text")).contains("! GOC DB entry\n| <nowiki>" + host + "</nowiki>",
        "! GGUS Support Unit\n| <nowiki>" + toolName + " support</nowiki>",
        "! EGI RT dashboard\n| [https://rt.egi.eu/rt/Dashboards/" + toolKey);

    // SMTP: the Tool-admins list owner, then the summary to the team leader and EGI Operations.
    assertThat(mails()).containsExactly(
        "tool-admins-owner@mailman.egi.eu | Please subscribe " + leaderEmail + " to Tool-admins",
        leaderEmail + ", operations@egi.eu | " + toolName + " is now an active EGI production tool");
    assertThat(standIns.rt.getAllServeEvents()).as("onboarding leaves RT to EGI Operations").isEmpty();

    List<JsonNode> journal = toolFlow.journal(operator, instance);
    assertThat(journal).extracting(this::described).containsExactly(
        "live mail send-mail at Task_SubscribeToolAdmins",
        "live gocdb get_service_endpoint at Task_CheckGocdbEntry",
        "live gocdb get_service_endpoint at Task_CheckGocdbEntry",
        "live helpdesk create-ticket at Task_RequestSupportUnit",
        "live wiki edit-page at Task_PublishWikiEntry",
        "live mail send-mail at Task_SendSummary");
    assertThat(journal.get(1).path("answer").asText()).isEqualTo("0 found");
    assertThat(journal.get(2).path("answer").asText()).isEqualTo("1 found: 9120G0 egi.ToolX at EGI-TOOLS");
    assertThat(json.readTree(journal.get(3).path("answer").asText()).path("number").asText()).isEqualTo("31031");
    assertThat(json.readTree(journal.get(4).path("answer").asText()).path("revisionId").asText()).isEqualTo("98765");
    assertThat(json.readTree(journal.get(4).path("request").asText()).path("text").asText())
        .as("the journal shows the text the wiki received").isEqualTo(edit.get("text"));
  }

  @Test
  void aNormalChangeOfAnotherCustomerReachesRtAtEveryStatusFromNewToResolved() throws Exception {
    String toolKey = activeTool(true);
    String requester = toolFlow.person("requester-" + toolKey, ToolGroups.team(toolKey));
    String teamMember = toolFlow.person("member-" + toolKey, ToolGroups.team(toolKey));
    String adviser = toolFlow.person("adviser-" + toolKey, ToolGroups.otag(toolKey));
    String ombMember = toolFlow.person("omb-" + toolKey, Roles.OMB);
    standIns.rtCreatesTicket("4242");

    String key = fileChange(requester, toolKey, "PRACE");
    String instance = toolFlow.instance(key);
    toolFlow.settle(key); // RT ticket, EGI Operations mail, RT comment
    toolFlow.call(requester, "POST", "/api/changes/" + key + "/hold", Map.of("reason", "Waiting for the storage API"), 200);
    toolFlow.settle(key); // Stalled in RT
    toolFlow.call(teamMember, "POST", "/api/changes/" + key + "/resume", null, 200);
    toolFlow.settle(key); // New again in RT
    toolFlow.submitTask(teamMember, key, Elements.ASSESS, assessment(3));
    toolFlow.submitTask(adviser, key, Elements.ADVISE, Map.of(Vars.OTAG_ADVICE, "support"));
    toolFlow.submitTask(teamMember, key, Elements.APPROVE_PRODUCT_TEAMS, Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve"));
    toolFlow.submitTask(ombMember, key, Elements.APPROVE_OMB, Map.of(Vars.OMB_DECISION, "approve"));
    toolFlow.settle(key); // Accepted, mail to the requester, In progress
    // What the release process does once the release carrying the change is deployed.
    toolFlow.bean(ChangeReleases.class).releaseDeployed(key, "release 2.4.0");
    toolFlow.settle(key); // Resolved, review requested
    toolFlow.submitTask(requester, key, Elements.REVIEW_IMPLEMENTATION, Map.of(Vars.DOCUMENTATION_SUFFICIENT, "yes",
        Vars.TOOL_WORKING, "no", Vars.REVIEW_COMMENT, "The export stops at 10 000 rows"));
    toolFlow.settle(key); // the negative answer goes to the tool team

    JsonNode change = toolFlow.call(requester, "GET", "/api/changes/" + key, null, 200);
    assertThat(change.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(change.path("rtTicketId").asText()).isEqualTo("4242");
    assertThat(change.path("history")).extracting(h -> h.path("status").asText())
        .containsExactly("NEW", "STALLED", "NEW", "ACCEPTED", "IN_PROGRESS", "RESOLVED");
    assertThat(toolFlow.instances(key)).as("the change and its holds are over").isEmpty();

    String ticket = LiveStandIns.RT_PATH + "/REST/2.0/ticket";
    assertThat(requestLines(standIns.rt)).containsExactly("POST " + ticket, "POST " + ticket + "/4242/comment",
        "PUT " + ticket + "/4242", "PUT " + ticket + "/4242", "PUT " + ticket + "/4242", "PUT " + ticket + "/4242",
        "PUT " + ticket + "/4242");
    List<JsonNode> bodies = rtBodies();
    assertThat(bodies.get(0)).isEqualTo(createdTicket(key, toolKey, requester, "PRACE", 2));
    assertThat(bodies.get(1)).isEqualTo(json.readTree("""
        {"Content":"Requested for the customer 'PRACE', not EGI. EGI Operations has been informed (operations@egi.eu).",
         "ContentType":"text/plain"}"""));
    assertThat(bodies.subList(2, bodies.size())).containsExactly(status("stalled", 2), status("new", 2),
        status("accepted", 3), status(LiveRun.RT_IN_PROGRESS, 3), status("resolved", 3));

    String subject = ": [" + key + "] Faster search";
    assertThat(mails()).containsExactly(
        "operations@egi.eu | New change request from another customer" + subject,
        LiveToolFlow.email(requester) + " | Change request accepted" + subject,
        LiveToolFlow.email(requester) + " | Change released: your review, please" + subject,
        toolKey + "-support@example.org | Negative review of a released change" + subject);

    assertThat(toolFlow.journal(operator, instance)).extracting(this::described).containsExactly(
        "live rt create-ticket at Task_CreateRtTicket",
        "live mail send-mail at Task_MailEgiOperations",
        "live rt comment at Task_CommentOtherCustomer",
        "live rt update-ticket at Task_SetAccepted",
        "live mail send-mail at Task_MailAcceptance",
        "live rt update-ticket at Task_SetInProgress",
        "live rt update-ticket at Task_SetResolved",
        "live mail send-mail at Task_MailReviewRequest",
        "live mail send-mail at Task_MailNegativeReview");
    List<String> holds = toolFlow.bean(HistoryService.class).createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).processDefinitionKey(ChangeHoldProcess.PROCESS_KEY).list().stream()
        .map(hold -> hold.getId()).toList();
    assertThat(holds).hasSize(2).allSatisfy(hold -> assertThat(toolFlow.journal(operator, hold))
        .extracting(this::described).containsExactly("live rt update-ticket at Task_MirrorStatusToRt"));
  }

  @Test
  void aChangeRejectedByTheProductTeamsReachesRtAsRejected() throws Exception {
    String toolKey = activeTool(false);
    String requester = toolFlow.person("requester-" + toolKey, ToolGroups.team(toolKey));
    String teamMember = toolFlow.person("member-" + toolKey, ToolGroups.team(toolKey));
    standIns.rtCreatesTicket("4343");

    String key = fileChange(requester, toolKey, "EGI");
    String instance = toolFlow.instance(key);
    toolFlow.settle(key);
    toolFlow.submitTask(teamMember, key, Elements.ASSESS, assessment(1));
    toolFlow.submitTask(teamMember, key, Elements.APPROVE_PRODUCT_TEAMS, Map.of(Vars.PRODUCT_TEAMS_DECISION, "reject",
        Vars.REJECTION_REASON, "Out of scope for this tool"));
    toolFlow.settle(key);

    assertThat(toolFlow.call(requester, "GET", "/api/changes/" + key, null, 200).path("status").asText())
        .isEqualTo("REJECTED");
    String ticket = LiveStandIns.RT_PATH + "/REST/2.0/ticket";
    assertThat(requestLines(standIns.rt)).containsExactly("POST " + ticket, "PUT " + ticket + "/4343");
    assertThat(rtBodies()).containsExactly(createdTicket(key, toolKey, requester, "EGI", 2), status("rejected", 1));
    assertThat(mails()).containsExactly(
        LiveToolFlow.email(requester) + " | Change request rejected: [" + key + "] Faster search");
    assertThat(toolFlow.journal(operator, instance)).extracting(this::described).containsExactly(
        "live rt create-ticket at Task_CreateRtTicket",
        "live rt update-ticket at Task_SetRejected",
        "live mail send-mail at Task_MailRejection");
  }

  @Test
  void aTaskLeftOpenRemindsItsPeopleByMailBeforeItIsDueAndAsksEgiOperationsWhenOverdue() throws Exception {
    String toolKey = activeTool(false);
    String requester = toolFlow.person("requester-" + toolKey, ToolGroups.team(toolKey));
    standIns.rtCreatesTicket("4545");
    String key = fileChange(requester, toolKey, "EGI");
    toolFlow.settle(key);
    Task assess = toolFlow.bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(Elements.ASSESS).singleResult();
    ManagementService management = toolFlow.bean(ManagementService.class);
    List<Job> deadlines = management.createJobQuery().timers().list().stream()
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().endsWith(":" + assess.getId()))
        .sorted(Comparator.comparing(Job::getDuedate)).toList();
    assertThat(deadlines).hasSize(2);
    try {
      for (Job deadline : deadlines) {
        ClockUtil.setCurrentTime(deadline.getDuedate());
        management.executeJob(deadline.getId());
      }
    } finally {
      TestClock.reset();
    }

    String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
        .format(assess.getDueDate().toInstant());
    List<String> mails = mails();
    assertThat(mails).contains(LiveToolFlow.email(requester) + " | Due on " + due + ": \"Assess the change\"");
    assertThat(mails).filteredOn(mail -> mail.endsWith(" | Overdue: \"Assess the change\"")).singleElement()
        .satisfies(mail -> assertThat(mail).contains(LiveToolFlow.email(operator)));
  }

  // --- driving the processes -------------------------------------------------------------------------------

  private void onboardingStep(String person, String toolKey, String taskKey) {
    toolFlow.submitTask(person, toolKey, taskKey, answer(taskKey, toolKey));
  }

  /** An ACTIVE tool with its team (and OTAG) group, as onboarding leaves it. */
  private String activeTool(boolean otag) {
    String key = newToolKey();
    ToolRegistry registry = toolFlow.bean(ToolRegistry.class);
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
        .teamLeaderName("Leader of " + key).teamLeaderEmail(key + "-leader@example.org").purpose("Exports reports")
        .licence("Apache-2.0").rtCategory("Category " + key).otag(otag).build());
    registry.activate(key);
    AccessPolicy access = toolFlow.bean(AccessPolicy.class);
    access.ensureOperatorGroup(ToolGroups.team(key), "Team of " + key);
    if (otag) {
      access.ensureOperatorGroup(ToolGroups.otag(key), "OTAG of " + key);
    }
    return key;
  }

  private String fileChange(String requester, String toolKey, String customer) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put(Vars.TOOL_KEY, toolKey);
    change.put(Vars.TITLE, "Faster search");
    change.put(Vars.DESCRIPTION, "Index the catalogue so that searching takes less than a second.");
    change.put(Vars.CUSTOMER, customer);
    change.put(Vars.REQUESTED_TYPE, "normal");
    change.put(Vars.SECURITY_VULNERABILITY, false);
    return toolFlow.call(requester, "POST", "/api/changes", change, 201).path("key").asText();
  }

  private static Map<String, Object> assessment(int priority) {
    return Map.of(Vars.EFFORT, "days", Vars.IMPACT, "medium", Vars.RISK, "low", Vars.PRIORITY, priority,
        Vars.INTENDED_DEPLOYMENT_DATE, TestClock.today().plusDays(30).toString(), Vars.ASSESSMENT_COMMENT,
        "Two days of work");
  }

  // --- what the stand-ins received -------------------------------------------------------------------------

  private static List<LoggedRequest> oldestFirst(WireMockServer server) {
    List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .toList());
    Collections.reverse(requests);
    return requests;
  }

  /** Method and URL of each request, oldest first; a form post also names its {@code action}. */
  private static List<String> requestLines(WireMockServer server) {
    return oldestFirst(server).stream().map(request -> request.getMethod() + " " + request.getUrl()
        + (request.getHeader("Content-Type") != null
            && request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded")
            ? " action=" + form(request).get("action") : "")).toList();
  }

  private static LoggedRequest onlyRequest(WireMockServer server, String line) {
    assertThat(requestLines(server)).containsExactly(line);
    return oldestFirst(server).get(0);
  }

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      form.put(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The bodies RT received, oldest first, each after checking it came with the token and as JSON. */
  private List<JsonNode> rtBodies() throws IOException {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : oldestFirst(standIns.rt)) {
      assertThat(request.getHeader("Authorization")).isEqualTo("token " + RT_TOKEN);
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      JsonNode body = json.readTree(request.getBodyAsString());
      if (body.has("Subject")) {
        ((ObjectNode) body).put("Subject", unmarked(body.path("Subject").asText()));
      }
      bodies.add(body);
    }
    return bodies;
  }

  /** The text without the action's mark, after checking the mark ends it: a retry after a crash finds the object by it. */
  private static String unmarked(String text) {
    assertThat(text).as("marked with the action's mark").matches(MARKED);
    return MARKED.matcher(text).replaceFirst("$1");
  }

  private JsonNode createdTicket(String key, String toolKey, String requester, String customer, int priority)
      throws IOException {
    Map<String, Object> ticket = new LinkedHashMap<>();
    ticket.put("Queue", LiveRun.RT_QUEUE);
    ticket.put("Subject", "[" + key + "] Faster search");
    ticket.put("Content", "Index the catalogue so that searching takes less than a second.\n\n"
        + "Change: " + key + "\nTool: " + toolKey + "\nCustomer: " + customer + "\nRequested type: normal\n"
        + "Security vulnerability: no\nClassified as: normal, priority Normal (" + priority + ")\n");
    ticket.put("ContentType", "text/plain");
    ticket.put("Requestor", LiveToolFlow.email(requester));
    ticket.put("Priority", priority);
    ticket.put("CustomFields", Map.of(LiveRun.RT_CATEGORY_FIELD, "Category " + toolKey));
    return json.valueToTree(ticket);
  }

  private JsonNode status(String rtStatus, int priority) {
    return json.createObjectNode().put("Status", rtStatus).put("Priority", priority);
  }

  /**
   * Each mail the SMTP server took, as "recipients | subject", in the order sent. The server keeps one copy per
   * recipient: a mail counts once, and only when every one of its recipients got exactly one copy.
   */
  private List<String> mails() throws MessagingException {
    Map<String, Integer> copies = new LinkedHashMap<>();
    for (MimeMessage mail : standIns.smtp.getReceivedMessages()) {
      assertThat(mail.getFrom()[0].toString()).isEqualTo(LiveStandIns.MAIL_FROM);
      String line = Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
          .collect(Collectors.joining(", ")) + " | " + mail.getSubject();
      copies.merge(line, 1, Integer::sum);
    }
    copies.forEach((line, count) -> assertThat(count).as("copies of %s", line)
        .isEqualTo(line.substring(0, line.indexOf(" | ")).split(", ").length));
    return List.copyOf(copies.keySet());
  }

  private String described(JsonNode entry) {
    return (entry.path("dryRun").asBoolean() ? "dry-run " : "live ") + entry.path("system").asText() + " "
        + entry.path("operation").asText() + " at " + entry.path("activityId").asText();
  }
}
