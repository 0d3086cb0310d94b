package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;
import org.toolflow.system.process.JsonList;

/** "Package as rpm/deb for UMD": the UMD repository is the channel, with the packages' address and formats. */
@Component
class RecordPackagesDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordPackagesDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    List<String> formats = form.in().list(PACKAGE_FORMATS);
    records.distribution(form.release().key(), Values.UMD_REPOSITORY, form.in().text(PACKAGES_URL),
        String.join(",", formats));
    recording.done(execution, Map.of(DISTRIBUTION_CHANNEL, Values.UMD_REPOSITORY,
        PACKAGE_FORMATS, JsonList.of(formats)));
  }
}
