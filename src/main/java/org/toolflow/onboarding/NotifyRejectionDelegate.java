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

/** Tells the team leader that EGI Operations rejected the request, and why. */
@Component("notifyRejectionDelegate")
class NotifyRejectionDelegate implements JavaDelegate {

  static final String TEMPLATE = "onboarding-rejected";

  private final Mailer mailer;

  NotifyRejectionDelegate(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String toolName = OnboardingTool.text(execution, TOOL_NAME);
    mailer.send(ActionContext.of(execution), new MailMessage(
        List.of(OnboardingTool.text(execution, TEAM_LEADER_EMAIL)),
        "Onboarding of " + toolName + " was not accepted",
        TEMPLATE,
        Map.of("toolName", toolName,
            "toolKey", OnboardingTool.text(execution, TOOL_KEY),
            "teamLeaderName", OnboardingTool.text(execution, TEAM_LEADER_NAME),
            "reviewComment", OnboardingTool.text(execution, REVIEW_COMMENT))));
  }
}
