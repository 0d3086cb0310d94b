package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;
import org.toolflow.system.process.JsonList;

/** "Package as rpm/deb for UMD": the UMD repository is the channel, with the packages' address and formats. */
@Component
class RecordPackagesListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordPackagesListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    List<String> formats = form.in().list(PACKAGE_FORMATS);
    records.distribution(form.release().key(), Values.UMD_REPOSITORY, form.in().text(PACKAGES_URL),
        String.join(",", formats));
    recording.done(task, Map.of(DISTRIBUTION_CHANNEL, Values.UMD_REPOSITORY,
        PACKAGE_FORMATS, JsonList.of(formats)));
  }
}
