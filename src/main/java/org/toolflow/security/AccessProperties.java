package org.toolflow.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which processes each operator group may start: {@code toolflow.access.start.<group>=key,key}.
 * The keys {@code team} and {@code otag} stand for every {@code team-<toolKey>} and {@code otag-<toolKey>} group.
 */
@ConfigurationProperties("toolflow.access")
record AccessProperties(@DefaultValue({}) Map<String, List<String>> start) {

  static final String EVERY_TEAM = "team";
  static final String EVERY_OTAG = "otag";

  AccessProperties {
    start = start.entrySet().stream().collect(Collectors.toUnmodifiableMap(
        Map.Entry::getKey, entry -> entry.getValue().stream().map(String::trim).filter(key -> !key.isEmpty()).toList()));
  }

  /** The process definition keys members of this group may start. */
  List<String> startableBy(String groupId) {
    return start.getOrDefault(templateOf(groupId), List.of());
  }

  /** Groups named in the configuration, other than the two templates. */
  List<String> configuredGroups() {
    return start.keySet().stream().filter(key -> !key.equals(EVERY_TEAM) && !key.equals(EVERY_OTAG)).sorted().toList();
  }

  private static String templateOf(String groupId) {
    if (ToolGroups.isTeam(groupId)) {
      return EVERY_TEAM;
    }
    if (ToolGroups.isOtag(groupId)) {
      return EVERY_OTAG;
    }
    return groupId;
  }
}
