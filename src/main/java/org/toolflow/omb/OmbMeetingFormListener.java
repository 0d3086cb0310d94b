package org.toolflow.omb;

import static org.toolflow.omb.OmbMeetingNames.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;

/** Refuses minutes without a link to them. */
@Component("ombMeetingFormListener")
class OmbMeetingFormListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    checks.field(MINUTES_URL).required().url();
    checks.field(DECISIONS).maxLength(4000);
    checks.orReject();
  }
}
