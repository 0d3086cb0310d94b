package org.toolflow.tools;

import java.util.Objects;
import org.toolflow.security.ToolGroups;

/**
 * One row of the tool registry: what EGI knows about a production tool and where its records live.
 * {@code gocdbEntry} is the host name of the tool's GOCDB service endpoint, the key GOCDB is queried by.
 */
public record Tool(
    String key,
    String name,
    String supportEmail,
    String teamLeaderName,
    String teamLeaderEmail,
    String teamLeaderPhone,
    String purpose,
    String licence,
    String provider,
    String sourceCodeUrl,
    String documentationUrl,
    String category,
    String toolUrl,
    String gocdbEntry,
    String ggusSupportUnit,
    String rtCategory,
    String olaLink,
    String wikiPage,
    String securityPolicyLink,
    boolean otag,
    boolean umdDistribution,
    QualityOfSupport qualityOfSupport,
    ToolStatus status) {

  public Tool {
    Objects.requireNonNull(key, "key");
    qualityOfSupport = qualityOfSupport == null ? QualityOfSupport.DEFAULT : qualityOfSupport;
    status = status == null ? ToolStatus.ONBOARDING : status;
  }

  /** The group of the tool's development and support team. */
  public String teamGroupId() {
    return ToolGroups.team(key);
  }

  public static Builder builder(String key) {
    return new Builder(key);
  }

  public Builder toBuilder() {
    return new Builder(key).name(name).supportEmail(supportEmail).teamLeaderName(teamLeaderName)
        .teamLeaderEmail(teamLeaderEmail).teamLeaderPhone(teamLeaderPhone).purpose(purpose).licence(licence)
        .provider(provider).sourceCodeUrl(sourceCodeUrl).documentationUrl(documentationUrl).category(category)
        .toolUrl(toolUrl).gocdbEntry(gocdbEntry).ggusSupportUnit(ggusSupportUnit).rtCategory(rtCategory)
        .olaLink(olaLink).wikiPage(wikiPage).securityPolicyLink(securityPolicyLink).otag(otag)
        .umdDistribution(umdDistribution).qualityOfSupport(qualityOfSupport).status(status);
  }

  /** Twenty-three fields read better by name than by position. */
  public static final class Builder {
    private final String key;
    private String name;
    private String supportEmail;
    private String teamLeaderName;
    private String teamLeaderEmail;
    private String teamLeaderPhone;
    private String purpose;
    private String licence;
    private String provider;
    private String sourceCodeUrl;
    private String documentationUrl;
    private String category;
    private String toolUrl;
    private String gocdbEntry;
    private String ggusSupportUnit;
    private String rtCategory;
    private String olaLink;
    private String wikiPage;
    private String securityPolicyLink;
    private boolean otag;
    private boolean umdDistribution;
    private QualityOfSupport qualityOfSupport = QualityOfSupport.DEFAULT;
    private ToolStatus status = ToolStatus.ONBOARDING;

    private Builder(String key) {
      this.key = key;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder supportEmail(String value) {
      supportEmail = value;
      return this;
    }

    public Builder teamLeaderName(String value) {
      teamLeaderName = value;
      return this;
    }

    public Builder teamLeaderEmail(String value) {
      teamLeaderEmail = value;
      return this;
    }

    public Builder teamLeaderPhone(String value) {
      teamLeaderPhone = value;
      return this;
    }

    public Builder purpose(String value) {
      purpose = value;
      return this;
    }

    public Builder licence(String value) {
      licence = value;
      return this;
    }

    public Builder provider(String value) {
      provider = value;
      return this;
    }

    public Builder sourceCodeUrl(String value) {
      sourceCodeUrl = value;
      return this;
    }

    public Builder documentationUrl(String value) {
      documentationUrl = value;
      return this;
    }

    public Builder category(String value) {
      category = value;
      return this;
    }

    public Builder toolUrl(String value) {
      toolUrl = value;
      return this;
    }

    public Builder gocdbEntry(String value) {
      gocdbEntry = value;
      return this;
    }

    public Builder ggusSupportUnit(String value) {
      ggusSupportUnit = value;
      return this;
    }

    public Builder rtCategory(String value) {
      rtCategory = value;
      return this;
    }

    public Builder olaLink(String value) {
      olaLink = value;
      return this;
    }

    public Builder wikiPage(String value) {
      wikiPage = value;
      return this;
    }

    public Builder securityPolicyLink(String value) {
      securityPolicyLink = value;
      return this;
    }

    public Builder otag(boolean value) {
      otag = value;
      return this;
    }

    public Builder umdDistribution(boolean value) {
      umdDistribution = value;
      return this;
    }

    public Builder qualityOfSupport(QualityOfSupport value) {
      qualityOfSupport = value;
      return this;
    }

    public Builder status(ToolStatus value) {
      status = value;
      return this;
    }

    public Tool build() {
      return new Tool(key, name, supportEmail, teamLeaderName, teamLeaderEmail, teamLeaderPhone, purpose, licence,
          provider, sourceCodeUrl, documentationUrl, category, toolUrl, gocdbEntry, ggusSupportUnit, rtCategory,
          olaLink, wikiPage, securityPolicyLink, otag, umdDistribution, qualityOfSupport, status);
    }
  }
}
