package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingProcess.*;
import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Valid answers to every onboarding form, for a fresh tool key; tests change one value to make it bad. */
public final class OnboardingFixtures {

  private OnboardingFixtures() {
  }

  public static String newToolKey() {
    return "tool-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Map<String, Object> request(String toolKey) {
    Map<String, Object> request = new HashMap<>();
    request.put(TOOL_KEY, toolKey);
    request.put(TOOL_NAME, "Tool " + toolKey);
    request.put(SUPPORT_EMAIL, "support@" + toolKey + ".example.org");
    request.put(TEAM_LEADER_NAME, "Jana Nováková");
    request.put(TEAM_LEADER_EMAIL, "jana@" + toolKey + ".example.org");
    request.put(TEAM_LEADER_PHONE, "+421 2 1234 5678");
    request.put(PURPOSE, "Monitors the availability of grid services | for EGI Operations");
    request.put(LICENCE, "Apache-2.0");
    request.put(PROVIDER, "Example Research Institute");
    request.put(SOURCE_CODE_URL, "https://github.com/example/" + toolKey);
    request.put(DOCUMENTATION_URL, "https://docs.example.org/" + toolKey);
    request.put(CATEGORY, "monitoring");
    request.put(OTAG_WANTED, YES);
    request.put(UMD_DISTRIBUTION, NO);
    return request;
  }

  public static String hostnameOf(String toolKey) {
    return toolKey + ".egi.eu";
  }

  /** What the right person enters in the form of {@code taskKey}. */
  public static Map<String, Object> answer(String taskKey, String toolKey) {
    Map<String, Object> answer = new HashMap<>();
    switch (taskKey) {
      case TASK_REVIEW_ONBOARDING -> answer.put(REVIEW_OUTCOME, ACCEPT);
      case TASK_CORRECT_REQUEST -> answer.putAll(request(toolKey));
      case TASK_CREATE_TOOL_URL -> answer.put(TOOL_URL, "https://" + hostnameOf(toolKey));
      case TASK_REGISTER_IN_GOCDB -> answer.put(GOCDB_HOSTNAME, hostnameOf(toolKey));
      case TASK_CREATE_RT_CATEGORY -> {
        answer.put(RT_CATEGORY, "Tool " + toolKey);
        answer.put(RT_DASHBOARD_URL, "https://rt.egi.eu/rt/Dashboards/" + toolKey);
      }
      case TASK_DESCRIBE_SUPPORT_UNIT -> {
        answer.put(SUPPORT_UNIT_NAME, "Tool " + toolKey);
        answer.put(SUPPORT_UNIT_MAILING_LIST, "tickets@" + toolKey + ".example.org");
        answer.put(QUALITY_OF_SUPPORT, "MEDIUM");
        answer.put(FAQ_TEXT, "Before opening a ticket, read https://docs.example.org/" + toolKey + "/faq");
      }
      case TASK_CONFIRM_SUPPORT_UNIT -> answer.put(GGUS_SUPPORT_UNIT, "Tool " + toolKey + " support");
      case TASK_NEGOTIATE_OLA -> answer.put(OLA_DRAFT_LINK, "https://documents.egi.eu/ola/" + toolKey + "-draft");
      case TASK_SIGN_OLA -> answer.put(OLA_LINK, "https://documents.egi.eu/ola/" + toolKey);
      case TASK_ACKNOWLEDGE_EGI -> answer.put(ACKNOWLEDGEMENT_LINK, "https://" + toolKey + ".example.org/about#egi");
      case TASK_PROVIDE_SECURITY_POLICY -> answer.put(SECURITY_POLICY_LINK, "https://example.org/security-policy");
      case TASK_GRANT_EMAIL_ACCESS -> answer.put(EGI_EMAIL_ADDRESS, toolKey + "@egi.eu");
      case TASK_COMPLETE_WIKI_ENTRY -> {
        answer.put(SHORT_DESCRIPTION, "Monitors grid services.");
        answer.put(DOCUMENTATION_URL, "https://docs.example.org/" + toolKey);
        answer.put(INTERNAL_TRACKER_URL, "https://github.com/example/" + toolKey + "/issues");
        answer.put(RELEASE_SCHEDULE, "every-two-months");
        answer.put(RELEASE_NOTES_URL, "https://github.com/example/" + toolKey + "/releases");
        answer.put(TEST_INSTANCE_URL, "https://test." + hostnameOf(toolKey));
      }
      default -> throw new IllegalArgumentException("no form at " + taskKey);
    }
    return answer;
  }
}
