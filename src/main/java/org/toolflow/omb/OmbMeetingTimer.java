package org.toolflow.omb;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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

  private final RepositoryService repositoryService;
  private final ManagementService managementService;

  OmbMeetingTimer(RepositoryService repositoryService, ManagementService managementService) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(OmbMeetingNames.PROCESS_KEY).latestVersion().singleResult();
    if (definition == null) {
      return;
    }
    for (Job timer : managementService.createJobQuery().processDefinitionId(definition.getId()).timers()
        .activityId(OmbMeetingNames.START_MEETING_DAY).list()) {
      managementService.recalculateJobDuedate(timer.getId(), false);
      LOG.info("OMB meeting timer due {}", managementService.createJobQuery().jobId(timer.getId()).singleResult().getDuedate());
    }
  }
}
