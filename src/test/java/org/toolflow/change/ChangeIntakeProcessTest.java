package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeIntakeProcess.Elements;
import org.toolflow.change.ChangeIntakeProcess.Vars;
import org.toolflow.integration.journal.JournalEntry;

/**
 * An RT ticket whose tool or requester ToolFlow could not tell: EGI Operations completes it and the change request
 * is filed on that ticket. RT is a dry run here: the journal shows what would reach it.
 */
@ToolFlowSpringTest
class ChangeIntakeProcessTest extends ChangeTestCase {

  private static final AtomicInteger TICKETS = new AtomicInteger((int) (System.nanoTime() % 100_000) + 500_000);

  @Test
  void egiOperationsCompletesTheTicketAndTheChangeIsFiledOnItAnsweringTheRequestorThroughRt() {
    String tool = fixtures.activeTool(false);
    String operator = fixtures.user("operator", "egi-operations");
    String teamMember = fixtures.user("team-member", "team-" + tool);
    String ticketId = String.valueOf(TICKETS.incrementAndGet());
    String requestor = "jana-" + ticketId + "@university.example.org";
    ProcessInstance intake = incompleteTicket(ticketId, requestor, "Unknown category");

    assertThat(intake).isWaitingAt(Elements.COMPLETE_REQUEST);
    assertThat(task(Elements.COMPLETE_REQUEST, intake)).hasCandidateGroup("egi-operations");
    assertThatThrownBy(() -> support.complete(operator, task(Elements.COMPLETE_REQUEST, intake),
        Map.of(Vars.TOOL_KEY, "no-such-tool", Vars.REQUESTER_EMAIL, "not an address")))
        .hasMessageContaining(Vars.TOOL_KEY).hasMessageContaining("ACTIVE tool")
        .hasMessageContaining(Vars.REQUESTER_EMAIL);
    assertThat(intake).isWaitingAt(Elements.COMPLETE_REQUEST);
    support.complete(operator, task(Elements.COMPLETE_REQUEST, intake),
        Map.of(Vars.TOOL_KEY, tool, Vars.REQUESTER_EMAIL, requestor));
    execute(job(Elements.FILE_CHANGE, intake));

    assertThat(intake).isEnded().hasPassed(Elements.COMPLETE_REQUEST, Elements.FILE_CHANGE, Elements.END);
    String changeKey = (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(intake.getId()).variableName(Vars.CHANGE_KEY).singleResult().getValue();
    ProcessInstance change = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(changeKey)
        .processDefinitionKey(ChangeRequestProcess.PROCESS_KEY).singleResult();
    ChangeRecord record = records.get(changeKey);
    assertThat(record.rtTicketId()).isEqualTo(ticketId);
    assertThat(record.requester()).as("no ToolFlow user has the address").isEqualTo(requestor);
    assertThat(record.toolKey()).isEqualTo(tool);

    runJobs(change, ChangeRequestProcess.Elements.CREATE_RT_TICKET);
    support.complete(teamMember, task(ChangeRequestProcess.Elements.ASSESS, change),
        ChangeRequestProcessTest.assessment(2, TestClock.today().plusDays(10)));
    support.complete(teamMember, task(ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS, change),
        Map.of(ChangeRequestProcess.Vars.PRODUCT_TEAMS_DECISION, "reject",
            ChangeRequestProcess.Vars.REJECTION_REASON, "Out of scope for this tool"));
    runJobs(change, ChangeRequestProcess.Elements.SET_REJECTED, ChangeRequestProcess.Elements.MAIL_REJECTION);

    assertThat(change).isEnded().hasPassed(ChangeRequestProcess.Elements.END_REJECTED);
    assertThat(support.journal(change.getId(), "rt")).extracting(JournalEntry::operation, JournalEntry::target)
        .as("no second ticket: the status and the answer go to the RT ticket")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("update-ticket", "ticket " + ticketId),
            org.assertj.core.groups.Tuple.tuple("correspond", "ticket " + ticketId));
    JournalEntry answer = support.journal(change.getId(), "rt").get(1);
    assertThat(support.field(answer, "Content")).contains("Change request rejected").contains(changeKey)
        .contains("Out of scope for this tool");
    assertThat(support.mailTemplates(change.getId())).as("no mail to an address ToolFlow does not know").isEmpty();
  }

  @Test
  void onlyTheRtIntakeNamesTheRtTicketOfAChange() {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester", "team-" + tool);
    Map<String, Object> request = ChangeRequestProcessTest.request(tool, "normal",
        Map.of(ChangeRequestProcess.Vars.RT_TICKET_ID, "4711"));

    assertThatThrownBy(() -> support.file(requester, request))
        .hasMessageContaining(ChangeRequestProcess.Vars.RT_TICKET_ID).hasMessageContaining("taken in from RT");
  }

  private ProcessInstance incompleteTicket(String ticketId, String requestor, String category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.RT_TICKET_ID, ticketId);
    variables.put(Vars.TITLE, "Export to CSV");
    variables.put(Vars.DESCRIPTION, "Filed in RT as ticket #" + ticketId);
    variables.put(Vars.RT_CATEGORY, category);
    variables.put(Vars.TOOL_KEY, null);
    variables.put(Vars.REQUESTER_EMAIL, requestor);
    variables.put(Vars.MISSING, "No ACTIVE tool has the RT category '" + category + "'.");
    return runtimeService.startProcessInstanceByKey(ChangeIntakeProcess.PROCESS_KEY,
        ChangeIntakeProcess.BUSINESS_KEY_PREFIX + ticketId, variables);
  }
}
