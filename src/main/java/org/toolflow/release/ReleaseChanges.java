package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.CHANGE_KEYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRecord;
import org.toolflow.change.ChangeReleases;
import org.toolflow.system.forms.FormChecks;

/** The change requests a release carries: which it may carry, their planned date, and their resolution. */
@Component
class ReleaseChanges {

  private final ChangeReleases changeReleases;
  private final ReleaseRecords records;

  ReleaseChanges(ChangeReleases changeReleases, ReleaseRecords records) {
    this.changeReleases = changeReleases;
    this.records = records;
  }

  /** The accepted and in-progress changes of the tool, as the options of a checklist: {@code {label, value}}. */
  List<Map<String, String>> options(String toolKey) {
    List<Map<String, String>> options = new ArrayList<>();
    for (ChangeRecord change : changeReleases.releasable(toolKey)) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", change.key() + ": " + change.title() + " (" + change.status().label() + ")");
      option.put("value", change.key());
      options.add(option);
    }
    return options;
  }

  /** Each change must be an accepted or in-progress change of the tool that no other open release carries. */
  void checkReleasable(String toolKey, List<String> changeKeys, String releaseKey, FormChecks checks) {
    List<String> releasable = changeReleases.releasable(toolKey).stream().map(ChangeRecord::key).toList();
    for (String change : changeKeys) {
      checks.rule(CHANGE_KEYS, releasable.contains(change), "'" + change + "' is not an accepted or in-progress change "
          + "of tool '" + toolKey + "'; its releasable changes: " + ReleaseStartRules.listed(releasable));
    }
    records.heldByOtherOpenReleases(changeKeys, releaseKey).forEach((change, release) -> checks.rule(CHANGE_KEYS,
        false, "'" + change + "' is already carried by release " + release));
  }

  /** The change schedule shows each change's deployment on the release's planned date. */
  void planDeployment(String releaseKey, LocalDate plannedDate) {
    for (String change : records.changesOf(releaseKey)) {
      changeReleases.planDeployment(change, plannedDate);
    }
  }

  /** Each change is Accepted again, ready for the next release; one refusal (a change on hold) stops them all. */
  List<String> returnToAccepted(ReleaseRecord release) {
    List<String> changes = records.changesOf(release.key());
    for (String change : changes) {
      changeReleases.releaseFailed(change, release.reference());
    }
    return changes;
  }

  /** Each change becomes Resolved and its review week starts; one refusal (a change on hold) stops them all. */
  List<String> resolve(ReleaseRecord release) {
    List<String> changes = records.changesOf(release.key());
    for (String change : changes) {
      changeReleases.releaseDeployed(change, release.reference());
    }
    return changes;
  }
}
