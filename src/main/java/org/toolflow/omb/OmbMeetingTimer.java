package org.toolflow.omb;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The omb-meeting timer reads the calendar when the models are deployed; a calendar changed in configuration alone
 * would wait for the next deployment. At every start the timer is recalculated from the calendar in force.
 */
@Component
@Order(30)
class OmbMeetingTimer implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OmbMeetingTimer.class);

  private final ManagementService managementService;

  OmbMeetingTimer(ManagementService managementService) {
    this.managementService = managementService;
  }

  @Override
  public void run(ApplicationArguments args) {
    // By key, not through a definition query: that would parse the whole BPMN model for its documentation at
    // every start. A start timer exists only for the latest version; a new version's deployment removes the old one.
    for (Job timer : managementService.createJobQuery().processDefinitionKey(OmbMeetingNames.PROCESS_KEY).timers()
        .activityId(OmbMeetingNames.START_MEETING_DAY).list()) {
      managementService.recalculateJobDuedate(timer.getId(), false);
      LOG.info("OMB meeting timer due {}", managementService.createJobQuery().jobId(timer.getId()).singleResult().getDuedate());
    }
  }
}
