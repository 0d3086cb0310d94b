package org.toolflow.system.cluster;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** A small test-only process: two asynchronous outside calls in a row, as ToolFlow's processes make them. */
final class ClusterProbe {

  static final String PROCESS_KEY = "cluster-probe";
  static final String RESOURCE_NAME = PROCESS_KEY + ".bpmn";
  static final int CALLS_PER_INSTANCE = 2;

  private ClusterProbe() {
  }

  static BpmnModelInstance model() {
    String delegate = "${" + ProbeCallDelegate.BEAN_NAME + "}";
    return Bpmn.createExecutableProcess(PROCESS_KEY)
        .name("Cluster probe")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_ProbeStarted").name("Probe started")
        .serviceTask("Task_FirstCall").name("First outside call")
          .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R10/PT1S").camundaDelegateExpression(delegate)
        .serviceTask("Task_SecondCall").name("Second outside call")
          .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R10/PT1S").camundaDelegateExpression(delegate)
        .endEvent("Event_ProbeDone").name("Probe done")
        .done();
  }

  static String xml() {
    return Bpmn.convertToString(model());
  }
}
