package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;

/** The registry row an onboarding describes, read from its variables. */
final class OnboardingTool {

  private OnboardingTool() {
  }

  /** What the requester gave: the row registered when EGI Operations accepts. */
  static Tool requested(VariableScope variables) {
    return Tool.builder(text(variables, TOOL_KEY))
        .name(text(variables, TOOL_NAME))
        .supportEmail(text(variables, SUPPORT_EMAIL))
        .teamLeaderName(text(variables, TEAM_LEADER_NAME))
        .teamLeaderEmail(text(variables, TEAM_LEADER_EMAIL))
        .teamLeaderPhone(text(variables, TEAM_LEADER_PHONE))
        .purpose(text(variables, PURPOSE))
        .licence(text(variables, LICENCE))
        .provider(text(variables, PROVIDER))
        .sourceCodeUrl(text(variables, SOURCE_CODE_URL))
        .documentationUrl(text(variables, DOCUMENTATION_URL))
        .category(text(variables, CATEGORY))
        .otag(YES.equals(text(variables, OTAG_WANTED)))
        .umdDistribution(YES.equals(text(variables, UMD_DISTRIBUTION)))
        .build();
  }

  /** The registered row completed with everything EGI Operations and the team created. */
  static Tool completed(Tool registered, VariableScope variables) {
    return registered.toBuilder()
        .documentationUrl(text(variables, DOCUMENTATION_URL))
        .toolUrl(text(variables, TOOL_URL))
        .gocdbEntry(text(variables, GOCDB_ENTRY))
        .ggusSupportUnit(text(variables, GGUS_SUPPORT_UNIT))
        .rtCategory(text(variables, RT_CATEGORY))
        .olaLink(text(variables, OLA_LINK))
        .wikiPage(text(variables, WIKI_PAGE))
        .securityPolicyLink(text(variables, SECURITY_POLICY_LINK))
        .qualityOfSupport(QualityOfSupport.valueOf(text(variables, QUALITY_OF_SUPPORT)))
        .build();
  }

  /** A variable as trimmed text; null when absent or blank. */
  static String text(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }
}
