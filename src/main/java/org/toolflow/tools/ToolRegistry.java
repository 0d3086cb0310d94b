package org.toolflow.tools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool registry. Onboarding registers a tool (ONBOARDING), fills in what EGI Operations created and
 * activates it; the change, release and incident processes look tools up here.
 */
@Repository
public class ToolRegistry {

  private static final String COLUMNS = "tool_key, name, support_email, team_leader_name, team_leader_email, "
      + "team_leader_phone, purpose, licence, provider, source_code_url, documentation_url, category, tool_url, "
      + "gocdb_entry, ggus_support_unit, rt_category, ola_link, wiki_page, security_policy_link, otag, "
      + "umd_distribution, quality_of_support, status";

  private final JdbcClient jdbc;
  private final Clock clock;

  ToolRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Tool> find(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM tool_registry WHERE tool_key = ?")
        .param(key).query(ToolRegistry::toTool).optional();
  }

  /** True for every key ever registered, retired ones included: keys are not reused. */
  public boolean isRegistered(String key) {
    return jdbc.sql("SELECT COUNT(*) FROM tool_registry WHERE tool_key = ?").param(key).query(Long.class).single() > 0;
  }

  /** Registered and not retired (onboarding or active): a tool something can still happen to. */
  public boolean isInService(String key) {
    return find(key).filter(tool -> tool.status() != ToolStatus.RETIRED).isPresent();
  }

  public List<Tool> list() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM tool_registry ORDER BY tool_key").query(ToolRegistry::toTool).list();
  }

  public List<Tool> listByStatus(ToolStatus status) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM tool_registry WHERE status = ? ORDER BY tool_key")
        .param(status.name()).query(ToolRegistry::toTool).list();
  }

  /** Registers a new tool as ONBOARDING, whatever status the given record carries. */
  @Transactional
  public Tool registerOnboarding(Tool tool) {
    Tool onboarding = tool.toBuilder().status(ToolStatus.ONBOARDING).build();
    Timestamp now = Timestamp.from(clock.instant());
    try {
      jdbc.sql("INSERT INTO tool_registry (" + COLUMNS + ", created_at, updated_at) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(onboarding.key(), onboarding.name(), onboarding.supportEmail(), onboarding.teamLeaderName(),
              onboarding.teamLeaderEmail(), onboarding.teamLeaderPhone(), onboarding.purpose(), onboarding.licence(),
              onboarding.provider(), onboarding.sourceCodeUrl(), onboarding.documentationUrl(), onboarding.category(),
              onboarding.toolUrl(), onboarding.gocdbEntry(), onboarding.ggusSupportUnit(), onboarding.rtCategory(),
              onboarding.olaLink(), onboarding.wikiPage(), onboarding.securityPolicyLink(), onboarding.otag(),
              onboarding.umdDistribution(), onboarding.qualityOfSupport().name(), onboarding.status().name(), now, now)
          .update();
    } catch (DuplicateKeyException taken) {
      throw new ToolAlreadyRegisteredException(tool.key());
    }
    return onboarding;
  }

  /** Replaces every descriptive field of a registered tool; its status changes only through activate/retire. */
  @Transactional
  public Tool update(Tool tool) {
    int rows = jdbc.sql("UPDATE tool_registry SET name = ?, support_email = ?, team_leader_name = ?, "
            + "team_leader_email = ?, team_leader_phone = ?, purpose = ?, licence = ?, provider = ?, source_code_url = ?, "
            + "documentation_url = ?, category = ?, tool_url = ?, gocdb_entry = ?, ggus_support_unit = ?, rt_category = ?, "
            + "ola_link = ?, wiki_page = ?, security_policy_link = ?, otag = ?, umd_distribution = ?, "
            + "quality_of_support = ?, updated_at = ? WHERE tool_key = ?")
        .params(tool.name(), tool.supportEmail(), tool.teamLeaderName(), tool.teamLeaderEmail(), tool.teamLeaderPhone(),
            tool.purpose(), tool.licence(), tool.provider(), tool.sourceCodeUrl(), tool.documentationUrl(),
            tool.category(), tool.toolUrl(), tool.gocdbEntry(), tool.ggusSupportUnit(), tool.rtCategory(),
            tool.olaLink(), tool.wikiPage(), tool.securityPolicyLink(), tool.otag(), tool.umdDistribution(),
            tool.qualityOfSupport().name(), Timestamp.from(clock.instant()), tool.key())
        .update();
    if (rows == 0) {
      throw notFound(tool.key());
    }
    return get(tool.key());
  }

  /** ONBOARDING becomes ACTIVE; activating an active tool again changes nothing (a retried job may). */
  @Transactional
  public Tool activate(String key) {
    return moveTo(key, ToolStatus.ACTIVE, ToolStatus.ONBOARDING);
  }

  @Transactional
  public Tool retire(String key) {
    return moveTo(key, ToolStatus.RETIRED, ToolStatus.ONBOARDING, ToolStatus.ACTIVE);
  }

  public Tool get(String key) {
    return find(key).orElseThrow(() -> notFound(key));
  }

  private Tool moveTo(String key, ToolStatus target, ToolStatus... from) {
    Tool tool = get(key);
    if (tool.status() == target) {
      return tool;
    }
    if (!List.of(from).contains(tool.status())) {
      throw new IllegalStateException("tool '" + key + "' is " + tool.status() + " and cannot become " + target);
    }
    jdbc.sql("UPDATE tool_registry SET status = ?, updated_at = ? WHERE tool_key = ?")
        .params(target.name(), Timestamp.from(clock.instant()), key).update();
    return get(key);
  }

  private static NoSuchElementException notFound(String key) {
    return new NoSuchElementException("no tool with key '" + key + "'");
  }

  private static Tool toTool(ResultSet rs, int row) throws SQLException {
    return Tool.builder(rs.getString("tool_key"))
        .name(rs.getString("name"))
        .supportEmail(rs.getString("support_email"))
        .teamLeaderName(rs.getString("team_leader_name"))
        .teamLeaderEmail(rs.getString("team_leader_email"))
        .teamLeaderPhone(rs.getString("team_leader_phone"))
        .purpose(rs.getString("purpose"))
        .licence(rs.getString("licence"))
        .provider(rs.getString("provider"))
        .sourceCodeUrl(rs.getString("source_code_url"))
        .documentationUrl(rs.getString("documentation_url"))
        .category(rs.getString("category"))
        .toolUrl(rs.getString("tool_url"))
        .gocdbEntry(rs.getString("gocdb_entry"))
        .ggusSupportUnit(rs.getString("ggus_support_unit"))
        .rtCategory(rs.getString("rt_category"))
        .olaLink(rs.getString("ola_link"))
        .wikiPage(rs.getString("wiki_page"))
        .securityPolicyLink(rs.getString("security_policy_link"))
        .otag(rs.getBoolean("otag"))
        .umdDistribution(rs.getBoolean("umd_distribution"))
        .qualityOfSupport(QualityOfSupport.valueOf(rs.getString("quality_of_support")))
        .status(ToolStatus.valueOf(rs.getString("status")))
        .build();
  }
}
