package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Tells the team leader and EGI Operations that the tool is active, with what onboarding set up. */
@Component("sendSummaryDelegate")
class SendSummaryDelegate implements JavaDelegate {

  static final String TEMPLATE = "onboarding-summary";

  private final Mailer mailer;
  private final ToolRegistry registry;
  private final OnboardingProperties properties;

  SendSummaryDelegate(Mailer mailer, ToolRegistry registry, OnboardingProperties properties) {
    this.mailer = mailer;
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Tool tool = registry.get(OnboardingTool.text(execution, TOOL_KEY));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("toolKey", tool.key());
    model.put("toolName", tool.name());
    model.put("status", tool.status());
    model.put("supportEmail", tool.supportEmail());
    model.put("teamLeaderName", tool.teamLeaderName());
    model.put("teamLeaderEmail", tool.teamLeaderEmail());
    model.put("toolUrl", tool.toolUrl());
    model.put("gocdbEntry", tool.gocdbEntry());
    model.put("ggusSupportUnit", tool.ggusSupportUnit());
    model.put("qualityOfSupport", tool.qualityOfSupport());
    model.put("rtCategory", tool.rtCategory());
    model.put("olaLink", tool.olaLink());
    model.put("securityPolicyLink", tool.securityPolicyLink());
    model.put("wikiPage", tool.wikiPage());
    model.put("teamGroup", OnboardingTool.text(execution, TEAM_GROUP));
    model.put("rtDashboardUrl", OnboardingTool.text(execution, RT_DASHBOARD_URL));
    model.put("supportUnitTicketNumber", OnboardingTool.text(execution, SUPPORT_UNIT_TICKET_NUMBER));
    model.put("acknowledgementLink", OnboardingTool.text(execution, ACKNOWLEDGEMENT_LINK));
    model.put("egiEmailAddress", OnboardingTool.text(execution, EGI_EMAIL_ADDRESS));
    mailer.send(ActionContext.of(execution), new MailMessage(
        List.of(tool.teamLeaderEmail(), properties.egiOperationsEmail()),
        tool.name() + " is now an active EGI production tool",
        TEMPLATE,
        model));
  }
}
