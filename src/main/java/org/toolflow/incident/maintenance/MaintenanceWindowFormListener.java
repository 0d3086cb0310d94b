package org.toolflow.incident.maintenance;

import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * Refuses bad maintenance data and classifies the window: the announcement, the team's GOCDB declaration (which may
 * correct the times and severity to what was declared) and the confirmation that the service is back.
 */
@Component("maintenanceWindowFormListener")
class MaintenanceWindowFormListener implements ExecutionListener, TaskListener {

  private final ToolRegistry registry;
  private final MaintenanceRules rules;
  private final Clock clock;

  MaintenanceWindowFormListener(ToolRegistry registry, MaintenanceRules rules, Clock clock) {
    this.registry = registry;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object hostname = execution.getVariable(HOSTNAME);
    if ((hostname == null || hostname.toString().isBlank()) && execution.getVariable(TOOL_KEY) instanceof String toolKey) {
      registry.find(toolKey).map(Tool::gocdbEntry).ifPresent(host -> execution.setVariable(HOSTNAME, host));
    }
    FormChecks checks = FormChecks.of(execution);
    checks.field(TOOL_KEY).required().satisfies(registry::isInService, "the key of a tool of the registry that is not retired");
    checks.field(HOSTNAME).required().hostname();
    checks.field(DESCRIPTION).required().maxLength(2000);
    Optional<MaintenanceRules.Window> window = classified(checks, execution);
    checks.orReject();
    apply(execution, window.orElseThrow());
  }

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_DECLARE -> {
        checks.rule(DECLARED_IN_GOCDB, Boolean.TRUE.equals(task.getVariable(DECLARED_IN_GOCDB)),
            "must be ticked once the downtime is declared in GOCDB");
        Optional<MaintenanceRules.Window> window = classified(checks, task);
        checks.orReject();
        apply(task, window.orElseThrow());
      }
      case TASK_CONFIRM_BACK -> {
        checks.rule(SERVICE_RESTORED, Boolean.TRUE.equals(task.getVariable(SERVICE_RESTORED)),
            "must be ticked: confirm that the service works again");
        checks.field(END_NOTE).maxLength(2000);
        checks.orReject();
      }
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
  }

  private Optional<MaintenanceRules.Window> classified(FormChecks checks, VariableScope scope) {
    return rules.check(checks, scope.getVariable(SEVERITY), scope.getVariable(STARTS_AT), scope.getVariable(ENDS_AT),
        clock.instant());
  }

  private static void apply(VariableScope scope, MaintenanceRules.Window window) {
    scope.setVariable(WINDOW_START, Date.from(window.start()));
    scope.setVariable(WINDOW_END, Date.from(window.end()));
    scope.setVariable(CLASSIFICATION, window.classification());
    scope.setVariable(BELOW_RECOMMENDED_NOTICE, window.belowRecommendedNotice());
    scope.setVariable(DECLARATION_DUE, Date.from(window.declarationDue()));
    scope.setVariable(GOCDB_CHECKS, 0);
  }
}
