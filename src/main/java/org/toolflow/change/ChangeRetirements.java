package org.toolflow.change;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;

/**
 * What retiring a tool does to its change requests: each open one receives the message {@code ToolRetired}
 * (business key = change key) and its own process rejects it with the reason, tells its requester and ends.
 */
@Component
public class ChangeRetirements {

  private final ChangeRecords records;
  private final RuntimeService runtimeService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  ChangeRetirements(ChangeRecords records, RuntimeService runtimeService,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.records = records;
    this.runtimeService = runtimeService;
    this.engineConfiguration = engineConfiguration;
  }

  /** Rejects every open change of the tool, held ones too; answers their keys. */
  public List<String> rejectOpenChangesOf(String toolKey, String reason) {
    List<String> rejected = new ArrayList<>();
    for (ChangeRecord change : records.openOf(toolKey)) {
      activateIfHeld(change.key());
      ProcessInstance instance = instanceOf(change.key());
      if (instance == null) {
        continue;
      }
      runtimeService.createMessageCorrelation(ChangeRequestProcess.MESSAGE_TOOL_RETIRED)
          .processInstanceId(instance.getId())
          .setVariable(Vars.REJECTION_REASON, reason)
          .correlate();
      rejected.add(change.key());
    }
    return rejected;
  }

  /**
   * A held change is suspended and would take no message: it is activated (to be rejected, not resumed) in a
   * transaction of its own, since the correlation reads the instance's state from the database.
   */
  private void activateIfHeld(String changeKey) {
    engineConfiguration.getCommandExecutorTxRequiresNew().execute(commandContext -> {
      ProcessInstance instance = instanceOf(changeKey);
      if (instance != null && instance.isSuspended()) {
        runtimeService.activateProcessInstanceById(instance.getId());
      }
      return null;
    });
  }

  private ProcessInstance instanceOf(String changeKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .processInstanceBusinessKey(changeKey).singleResult();
  }
}
