package org.toolflow.incident.maintenance;

import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.integration.mail.Texts;
import org.toolflow.incident.Variables;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Tells the tool's users, EGI Operations and the team about the window ({@code announcement} declared or ended). */
@Component("announceMaintenanceDelegate")
class AnnounceMaintenanceDelegate implements JavaDelegate {

  private final Mailer mailer;
  private final MailRecipients recipients;
  private final MaintenanceProperties properties;
  private final MaintenanceWindows windows;
  private final ToolRegistry registry;

  AnnounceMaintenanceDelegate(Mailer mailer, MailRecipients recipients, MaintenanceProperties properties,
      MaintenanceWindows windows, ToolRegistry registry) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.properties = properties;
    this.windows = windows;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean ended = "ended".equals(Variables.text(execution, ANNOUNCEMENT));
    String toolKey = Variables.text(execution, TOOL_KEY);
    String toolName = registry.find(toolKey).map(Tool::name).orElse(toolKey);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("toolName", toolName);
    model.put("hostname", Variables.text(execution, HOSTNAME));
    model.put("classification", Variables.text(execution, CLASSIFICATION).toLowerCase());
    model.put("severity", Variables.text(execution, SEVERITY));
    model.put("start", Texts.when(Variables.instant(execution, WINDOW_START)));
    model.put("end", Texts.when(Variables.instant(execution, WINDOW_END)));
    model.put("description", Variables.text(execution, DESCRIPTION));
    model.put("gocdbDowntimeId", Variables.textOrEmpty(execution, GOCDB_DOWNTIME_ID));
    model.put("endNote", Variables.textOrEmpty(execution, END_NOTE));
    Set<String> to = new LinkedHashSet<>(properties.usersMail());
    to.addAll(recipients.ofTeam(toolKey, "egi-operations"));
    String subject = ended
        ? toolName + " is back after its maintenance"
        : toolName + ": " + Variables.text(execution, CLASSIFICATION).toLowerCase() + " " + model.get("severity")
            + " from " + model.get("start") + " to " + model.get("end");
    mailer.send(ActionContext.of(execution), new MailMessage(new ArrayList<>(to), subject,
        ended ? "maintenance-ended" : "maintenance-declared", model));
    if (ended) {
      windows.ended(Variables.text(execution, WINDOW_KEY));
    }
  }
}
