package org.toolflow.integration.rt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.NodeDeath;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;
import org.toolflow.integration.journal.ActionInProgressException;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.integration.journal.Journaling;

/**
 * An asynchronous service task calling the live RT adapter (pointed at a stub server) inside the engine:
 * outages are retried, refusals and spent retries become incidents with RT's answer, and a job that runs again
 * after the call never calls RT a second time.
 */
@ToolFlowSpringTest
class RtRetryAndIdempotencyTest {

  @RegisterExtension
  static WireMockExtension rtServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PROCESS = "connector-probe";
  private static final String TASK = "Task_CreateRtTicket";
  private static final String SEARCH = "/REST/2.0/tickets";
  private static final String CREATED = "{\"_url\":\"https://rt.example.org/REST/2.0/ticket/4242\",\"type\":\"ticket\",\"id\":\"4242\"}";

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  Journaling journaling;
  @Autowired
  ActionJournal journal;
  @Autowired
  RtProbeDelegate probe;

  private String deploymentId;
  private RtTickets liveRt;

  @BeforeEach
  void deployTheProbeAndPointRtAtTheStub() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .name("Connector probe")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").name("Started")
        .serviceTask(TASK).name("Create RT ticket")
        .camundaAsyncBefore()
        .camundaFailedJobRetryTimeCycle("R3/PT5M")
        .camundaDelegateExpression("${rtProbeDelegate}")
        .endEvent("Event_Created").name("Ticket created")
        .done();
    deploymentId = repositoryService.createDeployment().name("connector-probe")
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    liveRt = new JournaledRtTickets(
        new RtRestTickets(RemoteHttp.client("RT", rtServer.baseUrl(), TestTimeouts.SHORT), "s3cret",
            RtStatusNames.defaults()), journaling, RtStatusNames.defaults());
    probe.use(liveRt, false);
    // A retry after a failed call first asks RT whether the ticket exists after all; here it never does.
    rtServer.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"count\":0,\"total\":0,\"items\":[]}")));
  }

  @AfterEach
  void removeTheProbe() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void anOutageIsRetriedAndThenSucceeds() {
    rtServer.stubFor(post("/REST/2.0/ticket").inScenario("outage").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody("RT is restarting")).willSetStateTo("back"));
    rtServer.stubFor(post("/REST/2.0/ticket").inScenario("outage").whenScenarioStateIs("back")
        .willReturn(created()));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);

    assertThatThrownBy(() -> managementService.executeJob(job(instance).getId()))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("503");
    assertThat(job(instance).getRetries()).isEqualTo(2);
    assertThat(job(instance).getExceptionMessage()).contains("RT answered 503").contains("RT is restarting");

    managementService.executeJob(job(instance).getId());

    assertThat(ended(instance)).isTrue();
    assertThat(ticketVariable(instance)).isEqualTo("4242");
    rtServer.verify(2, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
    rtServer.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(journal.find(instance.getId(), "rt", 0, 10)).singleElement().satisfies(entry -> {
      assertThat(entry.dryRun()).isFalse();
      assertThat(entry.activityId()).isEqualTo(TASK);
      assertThat(entry.answer()).contains("4242");
    });
  }

  @Test
  void aServerThatKeepsFailingEndsAsAnIncidentWithItsAnswer() {
    rtServer.stubFor(post("/REST/2.0/ticket").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Database connection lost\"}")));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);

    for (int attempt = 0; attempt < 3; attempt++) {
      String jobId = job(instance).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(RemoteUnavailableException.class);
    }

    assertThat(job(instance).getRetries()).isZero();
    assertThat(incident(instance).getIncidentMessage())
        .contains("RT answered 500 to POST").contains("/REST/2.0/ticket").contains("Database connection lost");
    assertThat(incident(instance).getActivityId()).isEqualTo(TASK);
    rtServer.verify(3, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
    rtServer.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    // The intent stays without answer: RT may have acted on a request whose answer was lost.
    assertThat(journal.find(instance.getId(), "rt", 0, 10)).singleElement()
        .satisfies(entry -> assertThat(entry.answer()).isNull());
  }

  @Test
  void aRefusalBecomesAnIncidentAtOnceNamingTheRefusedValue() {
    rtServer.stubFor(post("/REST/2.0/ticket").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid value for Queue: Requirements\"}")));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);

    assertThatThrownBy(() -> managementService.executeJob(job(instance).getId())).isInstanceOf(RemoteRefusedException.class);

    assertThat(job(instance).getRetries()).isZero();
    assertThat(incident(instance).getIncidentMessage()).contains("RT refused POST").contains("400")
        .contains("Invalid value for Queue: Requirements");
    rtServer.verify(1, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
  }

  @Test
  void theSameJobRunAgainAfterALostLockCallsRtOnce() {
    rtServer.stubFor(post("/REST/2.0/ticket").willReturn(created()));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
    managementService.executeJob(job(instance).getId());

    // Another node that still held the job runs the same step with the same key.
    RtTicket again = liveRt.create(probe.lastContext(), RtProbeDelegate.REQUEST);

    assertThat(again).isEqualTo(new RtTicket("4242", false));
    assertThat(ended(instance)).isTrue();
    rtServer.verify(1, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
  }

  @Test
  void aJobRolledBackAfterTheCallDoesNotCallRtAgainOnRetry() {
    rtServer.stubFor(post("/REST/2.0/ticket").willReturn(created()));
    probe.use(liveRt, true);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);

    assertThatThrownBy(() -> managementService.executeJob(job(instance).getId()))
        .hasMessageContaining("the node died after RT answered");
    assertThat(ticketVariable(instance)).as("the engine rolled the step back").isNull();

    managementService.executeJob(job(instance).getId());

    assertThat(ended(instance)).isTrue();
    assertThat(ticketVariable(instance)).isEqualTo("4242");
    rtServer.verify(1, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
    assertThat(journal.find(instance.getId(), "rt", 0, 10)).extracting(JournalEntry::idempotencyKey)
        .containsExactly(probe.lastContext().idempotencyKey());
  }

  @Test
  void aJobWhoseActionAnotherExecutionHoldsWaitsForTheLeaseWithoutSpendingARetryAndThenFindsTheTicket() {
    rtServer.stubFor(post("/REST/2.0/ticket").willReturn(created()));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
    Job job = job(instance);
    ActionContext sameStep = new ActionContext(instance.getId(), TASK, instance.getId() + "/" + TASK + "/job-" + job.getId());
    rtServer.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"count\":1,\"total\":1,\"items\":[{\"type\":"
        + "\"ticket\",\"id\":\"4242\",\"Subject\":\"Probe change [" + sameStep.remoteMark() + "]\"}]}")));
    // Another execution of the same step got RT's answer and died before recording it; its lease still runs.
    NodeDeath.onceBeforeRecording(journaling);
    assertThatThrownBy(() -> liveRt.create(sameStep, RtProbeDelegate.REQUEST)).isInstanceOf(NodeDeath.Died.class);

    try {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(ActionInProgressException.class);
      assertThat(job(instance).getRetries()).as("retries left").isEqualTo(3);
      assertThat(job(instance).getDuedate()).as("due once the holder's lease ended")
          .isAfter(Date.from(TestClock.now()));
      rtServer.verify(1, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));

      NodeDeath.andItsLeaseRunsOut();
      managementService.executeJob(job.getId());
    } finally {
      NodeDeath.reset(journaling);
    }

    assertThat(ended(instance)).isTrue();
    assertThat(ticketVariable(instance)).isEqualTo("4242");
    rtServer.verify(1, postRequestedFor(urlEqualTo("/REST/2.0/ticket")));
    rtServer.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED);
  }

  private Job job(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Incident incident(ProcessInstance instance) {
    return runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
  }

  private boolean ended(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  private Object ticketVariable(ProcessInstance instance) {
    var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("rtTicketId").singleResult();
    return variable == null ? null : variable.getValue();
  }
}
