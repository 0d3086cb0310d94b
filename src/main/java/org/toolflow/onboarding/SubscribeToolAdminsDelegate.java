package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;

/** Asks the owner of the Tool-admins mailing list to subscribe the team leader (lists are managed by their owners). */
@Component("subscribeToolAdminsDelegate")
class SubscribeToolAdminsDelegate implements JavaDelegate {

  static final String TEMPLATE = "tool-admins-subscription";

  private final Mailer mailer;
  private final OnboardingProperties properties;

  SubscribeToolAdminsDelegate(Mailer mailer, OnboardingProperties properties) {
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = OnboardingTool.text(execution, TEAM_LEADER_EMAIL);
    mailer.send(ActionContext.of(execution), new MailMessage(
        List.of(properties.toolAdminsListOwner()),
        "Please subscribe " + email + " to Tool-admins",
        TEMPLATE,
        Map.of("subscriberEmail", email,
            "subscriberName", OnboardingTool.text(execution, TEAM_LEADER_NAME),
            "toolName", OnboardingTool.text(execution, TOOL_NAME))));
  }
}
