package org.toolflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.security.AccessPolicy;
import org.toolflow.tools.ToolRegistry;

/**
 * What a process test of a family starts from: the engine and the services it drives, the process assertions bound
 * to that engine, and the engine clock back on the run's clock after each test. Only fields, so the subclasses keep
 * sharing the one Spring context of {@link ToolFlowSpringTest}.
 */
public abstract class EngineTestCase {

  @LocalServerPort
  protected int port;
  @Autowired
  protected ProcessEngine processEngine;
  @Autowired
  protected RepositoryService repositoryService;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected TaskService taskService;
  @Autowired
  protected IdentityService identityService;
  @Autowired
  protected ToolRegistry registry;
  @Autowired
  protected ActionJournal journal;
  @Autowired
  protected AccessPolicy accessPolicy;

  @BeforeEach
  protected void bindProcessAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  protected void resetClock() {
    TestClock.reset();
  }

  /** Executes the async continuation of each activity in turn, checking the process waits there first. */
  public static void runJobs(ProcessInstance instance, String... activityIds) {
    for (String activityId : activityIds) {
      assertThat(instance).isWaitingAt(activityId);
      execute(job(activityId, instance));
    }
  }
}
