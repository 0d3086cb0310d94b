package org.toolflow.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * What a BPMN file must satisfy beyond bpmnlint: the house rules of STYLE.md that Camunda Modeler does not check.
 * Each check returns problems that name the file and the element, empty when the model is fine.
 */
final class ProcessModelRules {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String PLATFORM = "Camunda Platform";
  static final String PLATFORM_VERSION = "7.24.0";

  // What Modeler generates: a type prefix and 7 random base-36 characters (Activity_0x9k2ab), or a counter (StartEvent_1).
  private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_((?=[0-9a-z]*[0-9])[0-9a-z]{7}|[0-9]+)|sid-.*");

  private final String file;
  private final BpmnModelInstance model;

  private ProcessModelRules(String file, BpmnModelInstance model) {
    this.file = file;
    this.model = model;
  }

  static ProcessModelRules of(Path bpmn) {
    return new ProcessModelRules(bpmn.getFileName().toString(), Bpmn.readModelFromFile(bpmn.toFile()));
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    problems.addAll(generatedIds());
    problems.addAll(missingDiagram());
    problems.addAll(missingHistoryTimeToLive());
    problems.addAll(camundaClassUses());
    problems.addAll(wrongExecutionPlatform());
    return problems;
  }

  List<String> generatedIds() {
    List<String> problems = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id != null && GENERATED_ID.matcher(id).matches()) {
        problems.add(problem(element, "has a generated id; name it after what it is, e.g. Task_ReviewOnboarding or Flow_Accepted"));
      }
    }
    return problems;
  }

  List<String> missingDiagram() {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      return List.of(file + ": no diagram interchange (BPMNDiagram); open and save it in Camunda Modeler");
    }
    Set<String> shaped = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        shaped.add(shape.getBpmnElement().getId());
      }
    }
    Set<String> drawn = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
      }
    }
    List<String> problems = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shaped.contains(node.getId())) {
        problems.add(problem(node, "has no shape in the diagram (BPMNShape), so Modeler does not show it"));
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problems.add(problem(flow, "has no edge in the diagram (BPMNEdge), so Modeler does not show it"));
      }
    }
    return problems;
  }

  List<String> missingHistoryTimeToLive() {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      String timeToLive = process.getCamundaHistoryTimeToLiveString();
      if (process.isExecutable() && (timeToLive == null || timeToLive.isBlank())) {
        problems.add(problem(process, "has no camunda:historyTimeToLive; every process must say how long its history is kept"));
      }
    }
    return problems;
  }

  List<String> camundaClassUses() {
    List<String> problems = new ArrayList<>();
    collectClassUses(model.getDocument().getRootElement(), problems);
    return problems;
  }

  List<String> wrongExecutionPlatform() {
    DomElement definitions = model.getDocument().getRootElement();
    String platform = definitions.getAttribute(MODELER_NS, "executionPlatform");
    String version = definitions.getAttribute(MODELER_NS, "executionPlatformVersion");
    if (PLATFORM.equals(platform) && PLATFORM_VERSION.equals(version)) {
      return List.of();
    }
    return List.of(file + ": modeler:executionPlatform/executionPlatformVersion are '" + platform + "' '" + version
        + "'; set '" + PLATFORM + "' '" + PLATFORM_VERSION + "' so Modeler checks the model against the engine we run");
  }

  // camunda:class on tasks, and class="..." on camunda:executionListener / camunda:taskListener elements.
  private void collectClassUses(DomElement element, List<String> problems) {
    String className = element.getAttribute(CAMUNDA_NS, "class");
    if (className == null && CAMUNDA_NS.equals(element.getNamespaceURI())) {
      className = element.getAttribute("class");
    }
    if (className != null) {
      problems.add(file + ": " + describe(element) + " uses camunda:class=\"" + className
          + "\"; wire a Spring bean with camunda:delegateExpression=\"${beanName}\" instead");
    }
    for (DomElement child : element.getChildElements()) {
      collectClassUses(child, problems);
    }
  }

  private String describe(DomElement element) {
    DomElement owner = element;
    while (owner != null && owner.getAttribute("id") == null) {
      owner = owner.getParentElement();
    }
    String where = owner == null ? "" : " of " + owner.getAttribute("id");
    return element.getPrefix() + ":" + element.getLocalName() + where;
  }

  private String problem(BaseElement element, String message) {
    String name = element.getAttributeValue("name");
    String label = name == null ? "" : " \"" + name + "\"";
    return file + ": " + element.getElementType().getTypeName() + " " + element.getId() + label + " " + message;
  }
}
