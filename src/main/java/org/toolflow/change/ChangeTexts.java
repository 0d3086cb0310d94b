package org.toolflow.change;

import java.util.LinkedHashMap;
import java.util.Map;

/** The words a change shows in RT and in mails. */
final class ChangeTexts {

  static final String[] PRIORITY_LABELS = {"None", "Low", "Normal", "High", "Immediate"};

  private ChangeTexts() {
  }

  static String subject(ChangeRecord change) {
    return "[" + change.key() + "] " + change.title();
  }

  static String priorityLabel(Integer priority) {
    return priority == null || priority < 0 || priority >= PRIORITY_LABELS.length ? "not set"
        : PRIORITY_LABELS[priority] + " (" + priority + ")";
  }

  static String ticketContent(ChangeRecord change) {
    return change.description() + "\n\n"
        + "Change: " + change.key() + "\n"
        + "Tool: " + change.toolKey() + "\n"
        + "Customer: " + change.customer() + "\n"
        + "Requested type: " + change.requestedType() + "\n"
        + "Security vulnerability: " + (change.securityVulnerability() ? "yes" : "no") + "\n"
        + "Classified as: " + change.changeClass() + ", priority " + priorityLabel(change.priority()) + "\n";
  }

  /** The values every change mail template can show. */
  static Map<String, Object> mailModel(ChangeRecord change) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("changeKey", change.key());
    model.put("title", change.title());
    model.put("toolKey", change.toolKey());
    model.put("customer", change.customer());
    model.put("requester", change.requester());
    model.put("changeClass", String.valueOf(change.changeClass()));
    model.put("priority", priorityLabel(change.priority()));
    model.put("status", change.status().label());
    model.put("reason", change.decisionReason() == null ? "" : change.decisionReason());
    model.put("rtTicketId", change.rtTicketId() == null ? "" : change.rtTicketId());
    model.put("intendedDeploymentDate",
        change.intendedDeploymentDate() == null ? "not planned yet" : change.intendedDeploymentDate().toString());
    model.put("releaseReference", change.releaseReference() == null ? "" : change.releaseReference());
    return model;
  }
}
