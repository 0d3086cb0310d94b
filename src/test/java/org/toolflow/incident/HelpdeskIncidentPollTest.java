package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTicket;
import org.toolflow.integration.helpdesk.HelpdeskTicketRequest;
import org.toolflow.integration.helpdesk.HelpdeskTickets;
import org.toolflow.system.time.EngineClock;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.ToolRegistry;

@ToolFlowSpringTest
class HelpdeskIncidentPollTest {

  static final String TOOL = "poll-tool";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ToolRegistry registry;
  @Autowired IncidentRecords incidents;
  @Autowired HelpdeskIncidentPoll configuredPoll;
  @Autowired ApplicationContext context;

  /** The helpdesk as the poll sees it: the new tickets of each support unit, and the queries it was asked. */
  static final class NewTickets implements HelpdeskTickets {
    final Map<String, List<HelpdeskTicket>> byQuery;
    final List<String> queries = new ArrayList<>();

    NewTickets(Map<String, List<HelpdeskTicket>> byQuery) {
      this.byQuery = byQuery;
    }

    @Override
    public List<HelpdeskTicket> search(String query) {
      queries.add(query);
      return byQuery.getOrDefault(query, List.of());
    }

    @Override
    public HelpdeskTicket create(ActionContext context, HelpdeskTicketRequest request) {
      throw new UnsupportedOperationException("the poll only reads");
    }

    @Override
    public void addArticle(ActionContext context, String ticketId, String body) {
      throw new UnsupportedOperationException("the poll only reads");
    }

    @Override
    public void linkChild(ActionContext context, String parentTicketId, String childTicketId) {
      throw new UnsupportedOperationException("the poll only reads");
    }
  }

  @BeforeEach
  void setUp() {
    IncidentTestSupport.activeTool(registry, TOOL, QualityOfSupport.BASE);
  }

  @Test
  void eachNewTicketOfAnActiveToolBecomesOneIncidentHoweverOftenItIsPolled() {
    String query = HelpdeskIncidentPoll.newTicketsOf("SU " + TOOL);
    NewTickets helpdesk = new NewTickets(Map.of(query, List.of(
        new HelpdeskTicket("9101", "GGUS-9101", "Portal down", "SU " + TOOL, "new", "top priority", false),
        new HelpdeskTicket("9102", "GGUS-9102", "Slow search", "SU " + TOOL, "new", "2 normal", false))));
    HelpdeskIncidentPoll poll = new HelpdeskIncidentPoll(registry, helpdesk, incidents, runtimeService,
        new EngineClock());

    int first = poll.pollOnce();
    int second = poll.pollOnce();

    assertThat(first).isEqualTo(2);
    assertThat(second).isZero();
    assertThat(helpdesk.queries).contains("group.name:\"SU poll-tool\" AND state.name:new");
    List<ProcessInstance> started = runtimeService.createProcessInstanceQuery().processDefinitionKey("incident")
        .variableValueEquals("toolKey", TOOL).list();
    assertThat(started).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("9101", "9102");
    assertThat(incidents.find("9101")).hasValueSatisfying(row -> {
      assertThat(row.source()).isEqualTo("HELPDESK");
      assertThat(row.priority()).isEqualTo("top priority");
      assertThat(row.ticketNumber()).isEqualTo("GGUS-9101");
      assertThat(row.qualityOfSupport()).isEqualTo("BASE");
    });
    assertThat(incidents.find("9102").orElseThrow().priority()).isEqualTo("urgent");
  }

  @Test
  void aTicketThatCannotStartDoesNotStopTheOthers() {
    String query = HelpdeskIncidentPoll.newTicketsOf("SU " + TOOL);
    NewTickets helpdesk = new NewTickets(Map.of(query, List.of(
        new HelpdeskTicket("bad id with spaces", "X", "Broken", "SU " + TOOL, "new", "urgent", false),
        new HelpdeskTicket("9201", "GGUS-9201", "Login fails", "SU " + TOOL, "new", "urgent", false))));

    int started = new HelpdeskIncidentPoll(registry, helpdesk, incidents, runtimeService, new EngineClock()).pollOnce();

    assertThat(started).isEqualTo(1);
    assertThat(incidents.exists("9201")).isTrue();
  }

  @Test
  void theScheduleIsOffInTestsAndTheDryRunHelpdeskHasNoTickets() {
    assertThat(context.getBeanNamesForType(HelpdeskPollSchedule.class)).isEmpty();
    assertThat(configuredPoll.pollOnce()).isZero();
  }
}
