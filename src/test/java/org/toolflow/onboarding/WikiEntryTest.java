package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WikiEntryTest {

  private final Map<String, String> variables = new HashMap<>(Map.ofEntries(
      Map.entry(TOOL_NAME, "ARGO Probe"),
      Map.entry(CATEGORY, "configuration-database"),
      Map.entry(SHORT_DESCRIPTION, "Checks ''everything'' [[twice]]"),
      Map.entry(TOOL_URL, "https://probe.egi.eu"),
      Map.entry(SUPPORT_EMAIL, "support@probe.example.org"),
      Map.entry(TEAM_LEADER_NAME, "Ana Silva"),
      Map.entry(TEAM_LEADER_EMAIL, "ana@probe.example.org"),
      Map.entry(TEAM_LEADER_PHONE, "+351 21 000 0000"),
      Map.entry(GGUS_SUPPORT_UNIT, "ARGO Probe"),
      Map.entry(GOCDB_ENTRY, "probe.egi.eu"),
      Map.entry(GOCDB_PRIMARY_KEY, "1234G0"),
      Map.entry(OLA_LINK, "https://documents.egi.eu/ola/probe"),
      Map.entry(DOCUMENTATION_URL, "https://docs.probe.example.org"),
      Map.entry(LICENCE, "Apache-2.0"),
      Map.entry(PROVIDER, "Probe Lab"),
      Map.entry(SOURCE_CODE_URL, "https://github.com/probe/probe"),
      Map.entry(SECURITY_POLICY_LINK, "https://probe.example.org/security"),
      Map.entry(ACKNOWLEDGEMENT_LINK, "https://probe.example.org/about"),
      Map.entry(RT_DASHBOARD_URL, "https://rt.egi.eu/rt/Dashboards/probe"),
      Map.entry(OTAG_LINK, "https://wiki.egi.eu/wiki/OTAG_probe"),
      Map.entry(RELEASE_SCHEDULE, "quarterly"),
      Map.entry(RELEASE_NOTES_URL, "https://github.com/probe/probe/releases"),
      Map.entry(TEST_INSTANCE_URL, "https://test.probe.egi.eu")));

  @Test
  void theEntryHoldsEveryFieldTheEgiInstructionsList() {
    String text = WikiEntry.wikitext(variables::get);

    assertThat(text).contains(
        "! Tool name\n| <nowiki>ARGO Probe</nowiki>",
        "! Category\n| <nowiki>Configuration database</nowiki>",
        "! Short description\n| <nowiki>Checks ''everything'' [[twice]]</nowiki>",
        "! URL\n| [https://probe.egi.eu <nowiki>https://probe.egi.eu</nowiki>]",
        "! Contact\n| <nowiki>support@probe.example.org</nowiki> (support); team leader <nowiki>Ana Silva</nowiki>, "
            + "<nowiki>ana@probe.example.org</nowiki>, <nowiki>+351 21 000 0000</nowiki>",
        "! GGUS Support Unit\n| <nowiki>ARGO Probe</nowiki>",
        "! GOC DB entry\n| <nowiki>probe.egi.eu</nowiki> (service endpoint <nowiki>1234G0</nowiki>)",
        "! OLA\n| [https://documents.egi.eu/ola/probe ",
        "! Documentation\n| [https://docs.probe.example.org ",
        "! License\n| <nowiki>Apache-2.0</nowiki>",
        "! Provider\n| <nowiki>Probe Lab</nowiki>",
        "! Source code\n| [https://github.com/probe/probe ",
        "== Change management ==",
        "! EGI RT dashboard\n| [https://rt.egi.eu/rt/Dashboards/probe ",
        "! Internal bug/task tracker\n| not applicable",
        "! OTAG\n| [https://wiki.egi.eu/wiki/OTAG_probe ",
        "== Release and deployment management ==",
        "! Release schedule\n| <nowiki>Every three months</nowiki>",
        "! Release notes\n| [https://github.com/probe/probe/releases ",
        "! Roadmap\n| not applicable",
        "! Test instance\n| [https://test.probe.egi.eu ");
    assertThat(WikiEntry.title(variables::get)).isEqualTo("ARGO Probe");
  }

  @Test
  void textCannotCloseItsOwnProtection() {
    variables.put(PROVIDER, "Lab</nowiki>[[Category:Spam]]");

    assertThat(WikiEntry.wikitext(variables::get))
        .contains("! Provider\n| <nowiki>Lab&lt;/nowiki>[[Category:Spam]]</nowiki>");
  }
}
