package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.process.JsonList;
import org.toolflow.tools.Tool;

/**
 * The variables the process routes on that no form may change: written at the start and rewritten from the release
 * record and the tool registry after every task, whatever a submission carried.
 */
final class ReleaseVariables {

  private ReleaseVariables() {
  }

  static Map<String, Object> of(ReleaseRecord release, Tool tool, List<String> changeKeys) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RELEASE_KEY, release.key());
    variables.put(REQUESTER, release.requester());
    variables.put(TOOL_KEY, release.toolKey());
    variables.put(TOOL_NAME, tool.name());
    variables.put(TOOL_HAS_OTAG, tool.otag());
    variables.put(OTAG_GROUP, ToolGroups.otag(tool.key()));
    variables.put(VERSION, release.version());
    variables.put(KIND, release.kind());
    variables.put(EMERGENCY_RELEASE, release.emergency());
    variables.put(PLANNED_DATE, release.plannedDate().toString());
    variables.put(UMD_DISTRIBUTION, release.umdDistribution());
    variables.put(HIGH_IMPACT, release.highImpact());
    variables.put(HIGH_RISK, release.highRisk());
    variables.put(ITERATION, release.iteration());
    variables.put(CHANGE_KEYS, JsonList.of(changeKeys));
    Optional<GitHubRepository> github = GitHubRepository.of(tool.sourceCodeUrl());
    variables.put(SOURCE_ON_GITHUB, github.isPresent());
    variables.put(FORGE_REPOSITORY, github.map(GitHubRepository::fullName).orElse(null));
    return variables;
  }
}
