package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTicket;
import org.toolflow.integration.helpdesk.HelpdeskTicketRequest;
import org.toolflow.integration.helpdesk.HelpdeskTickets;

/**
 * Asks the helpdesk's own support unit for the tool's GGUS support unit: support units are created by the
 * helpdesk team on request, with name, category, mailing list, quality of support and FAQ text.
 */
@Component("requestSupportUnitDelegate")
class RequestSupportUnitDelegate implements JavaDelegate {

  private final HelpdeskTickets helpdesk;
  private final OnboardingProperties properties;

  RequestSupportUnitDelegate(HelpdeskTickets helpdesk, OnboardingProperties properties) {
    this.helpdesk = helpdesk;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = OnboardingTool.text(execution, SUPPORT_UNIT_NAME);
    HelpdeskTicket ticket = helpdesk.create(ActionContext.of(execution), new HelpdeskTicketRequest(
        properties.supportUnitRequestsGroup(),
        "New support unit: " + name,
        body(execution, name),
        OnboardingTool.text(execution, TEAM_LEADER_EMAIL)));
    execution.setVariable(SUPPORT_UNIT_TICKET_ID, ticket.id());
    execution.setVariable(SUPPORT_UNIT_TICKET_NUMBER, ticket.number());
  }

  static String body(DelegateExecution execution, String name) {
    return String.join("\n",
        "Please create a new support unit for the EGI production tool " + OnboardingTool.text(execution, TOOL_NAME) + ".",
        "",
        "Support unit name: " + name,
        "Category: " + OnboardingTool.text(execution, CATEGORY),
        "Mailing list: " + OnboardingTool.text(execution, SUPPORT_UNIT_MAILING_LIST),
        "Quality of support: " + OnboardingTool.text(execution, QUALITY_OF_SUPPORT),
        "Team leader: " + OnboardingTool.text(execution, TEAM_LEADER_NAME) + " <"
            + OnboardingTool.text(execution, TEAM_LEADER_EMAIL) + ">",
        "",
        "FAQ text:",
        OnboardingTool.text(execution, FAQ_TEXT));
  }
}
