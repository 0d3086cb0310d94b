package org.toolflow.change;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;

/**
 * On completing any task of the change process: refuses a bad form (400 through the engine REST API, nothing
 * written), then re-reads from the change record and the registry the values the process routes on, so that no
 * submission can forge them.
 */
@Component
class ValidateChangeFormListener implements TaskListener {

  private final ChangeRecords records;
  private final ChangeTools tools;
  private final Clock clock;

  ValidateChangeFormListener(ChangeRecords records, ChangeTools tools, Clock clock) {
    this.records = records;
    this.tools = tools;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> normalised = ChangeTaskForms.check(task.getTaskDefinitionKey(), task.getVariables(),
        ChangeRequestValidator.today(clock));
    task.getExecution().setVariables(normalised);
    ChangeRecord record = records.get(task.getExecution().getProcessBusinessKey());
    ChangeTool tool = tools.find(record.toolKey()).orElseThrow();
    task.getExecution().setVariables(Map.of(
        Vars.CHANGE_KEY, record.key(),
        Vars.REQUESTER, record.requester(),
        Vars.TOOL_KEY, record.toolKey(),
        Vars.STATUS, record.status().name(),
        Vars.OTHER_CUSTOMER, !ChangeRequestProcess.Values.EGI.equalsIgnoreCase(record.customer()),
        Vars.TOOL_HAS_OTAG, tool.hasOtag(),
        Vars.OTAG_GROUP, tool.otagGroup()));
    if (record.changeClass() != null) {
      task.getExecution().setVariable(Vars.CHANGE_CLASS, record.changeClass());
    }
    if (record.rtTicketId() != null) {
      task.getExecution().setVariable(Vars.RT_TICKET_ID, record.rtTicketId());
    }
  }
}
