package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.function.Function;

/**
 * The tool's wiki page in MediaWiki markup, with every entry the EGI instructions list for a production tool.
 * Free text is wrapped in nowiki so that nothing a requester typed becomes markup.
 */
final class WikiEntry {

  private final Function<String, String> variables;
  private final StringBuilder text = new StringBuilder();

  private WikiEntry(Function<String, String> variables) {
    this.variables = variables;
  }

  static String wikitext(Function<String, String> variables) {
    return new WikiEntry(variables).build();
  }

  static String title(Function<String, String> variables) {
    return variables.apply(TOOL_NAME);
  }

  private String build() {
    text.append("{| class=\"wikitable\"\n");
    row("Tool name", plain(TOOL_NAME));
    row("Category", nowiki(CATEGORY_LABELS.getOrDefault(value(CATEGORY), value(CATEGORY))));
    row("Short description", plain(SHORT_DESCRIPTION));
    row("URL", link(TOOL_URL));
    row("Contact", contact());
    row("GGUS Support Unit", plain(GGUS_SUPPORT_UNIT));
    row("GOC DB entry", gocdbEntry());
    row("OLA", link(OLA_LINK));
    row("Documentation", link(DOCUMENTATION_URL));
    row("License", plain(LICENCE));
    row("Provider", plain(PROVIDER));
    row("Source code", link(SOURCE_CODE_URL));
    row("Security and data protection policy", link(SECURITY_POLICY_LINK));
    row("Acknowledgement of EGI", link(ACKNOWLEDGEMENT_LINK));
    text.append("|}\n\n== Change management ==\n{| class=\"wikitable\"\n");
    row("EGI RT dashboard", link(RT_DASHBOARD_URL));
    row("Internal bug/task tracker", optionalLink(INTERNAL_TRACKER_URL));
    row("OTAG", optionalLink(OTAG_LINK));
    text.append("|}\n\n== Release and deployment management ==\n{| class=\"wikitable\"\n");
    row("Release schedule",
        nowiki(RELEASE_SCHEDULE_LABELS.getOrDefault(value(RELEASE_SCHEDULE), value(RELEASE_SCHEDULE))));
    row("Release notes", link(RELEASE_NOTES_URL));
    row("Roadmap", optionalLink(ROADMAP_URL));
    row("Test instance", link(TEST_INSTANCE_URL));
    text.append("|}\n");
    return text.toString();
  }

  private void row(String label, String content) {
    text.append("|-\n! ").append(label).append("\n| ").append(content).append('\n');
  }

  private String value(String name) {
    String value = variables.apply(name);
    return value == null ? "" : value;
  }

  private String plain(String name) {
    return nowiki(value(name));
  }

  private String link(String name) {
    String url = value(name);
    return url.isEmpty() ? "" : "[" + url + " " + nowiki(url) + "]";
  }

  private String optionalLink(String name) {
    return value(name).isEmpty() ? "not applicable" : link(name);
  }

  private String contact() {
    StringBuilder contact = new StringBuilder(nowiki(value(SUPPORT_EMAIL)))
        .append(" (support); team leader ").append(nowiki(value(TEAM_LEADER_NAME)))
        .append(", ").append(nowiki(value(TEAM_LEADER_EMAIL)));
    if (!value(TEAM_LEADER_PHONE).isEmpty()) {
      contact.append(", ").append(nowiki(value(TEAM_LEADER_PHONE)));
    }
    return contact.toString();
  }

  private String gocdbEntry() {
    String primaryKey = value(GOCDB_PRIMARY_KEY);
    return nowiki(value(GOCDB_ENTRY)) + (primaryKey.isEmpty() ? "" : " (service endpoint " + nowiki(primaryKey) + ")");
  }

  // Closing tags inside the value would end the protection early; the entity keeps them visible and inert.
  private static String nowiki(String value) {
    return value.isEmpty() ? "" : "<nowiki>" + value.replace("</nowiki>", "&lt;/nowiki>") + "</nowiki>";
  }
}
