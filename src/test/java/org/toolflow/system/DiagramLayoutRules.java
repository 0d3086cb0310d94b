package org.toolflow.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Whether a diagram reads in Camunda Modeler, from its diagram interchange alone: no two sequence flows cross, and no
 * flow runs through a shape other than its own source, target, the host of its boundary event or a sub-process that
 * holds them. Touching is not crossing: flows may meet at a shape's edge or share a corner.
 */
final class DiagramLayoutRules {

  private record Point(double x, double y) {
  }

  private record Segment(Point from, Point to) {
  }

  private record Flow(SequenceFlow flow, List<Segment> segments) {
  }

  private final String file;
  private final List<Flow> flows = new ArrayList<>();
  private final List<BpmnShape> shapes = new ArrayList<>();

  private DiagramLayoutRules(String file, BpmnModelInstance model) {
    this.file = file;
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() instanceof SequenceFlow flow) {
        List<Point> points = edge.getWaypoints().stream().map(DiagramLayoutRules::point).toList();
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
          segments.add(new Segment(points.get(i - 1), points.get(i)));
        }
        flows.add(new Flow(flow, segments));
      }
    }
    shapes.addAll(model.getModelElementsByType(BpmnShape.class));
  }

  static DiagramLayoutRules of(Path bpmn) {
    return new DiagramLayoutRules(bpmn.getFileName().toString(), Bpmn.readModelFromFile(bpmn.toFile()));
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>(crossingFlows());
    problems.addAll(flowsThroughShapes());
    return problems;
  }

  List<String> crossingFlows() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < flows.size(); i++) {
      for (int j = i + 1; j < flows.size(); j++) {
        if (cross(flows.get(i), flows.get(j))) {
          problems.add(file + ": sequence flows " + flows.get(i).flow().getId() + " and " + flows.get(j).flow().getId()
              + " cross; route one of them around the other");
        }
      }
    }
    return problems;
  }

  List<String> flowsThroughShapes() {
    List<String> problems = new ArrayList<>();
    for (Flow flow : flows) {
      Set<BaseElement> own = ownShapes(flow.flow());
      for (BpmnShape shape : shapes) {
        if (!own.contains(shape.getBpmnElement()) && flow.segments().stream().anyMatch(s -> through(s, shape.getBounds()))) {
          problems.add(file + ": sequence flow " + flow.flow().getId() + " runs through "
              + shape.getBpmnElement().getId() + ", which is neither its source nor its target");
        }
      }
    }
    return problems;
  }

  // The ends, the host of a boundary event, and every sub-process that holds an end.
  private static Set<BaseElement> ownShapes(SequenceFlow flow) {
    Set<BaseElement> own = new HashSet<>();
    for (FlowNode end : List.of(flow.getSource(), flow.getTarget())) {
      own.add(end);
      if (end instanceof BoundaryEvent boundary) {
        own.add(boundary.getAttachedTo());
      }
      for (ModelElementInstance parent = end.getParentElement(); parent != null; parent = parent.getParentElement()) {
        if (parent instanceof BaseElement element) {
          own.add(element);
        }
      }
    }
    return own;
  }

  private static boolean cross(Flow a, Flow b) {
    return a.segments().stream().anyMatch(s -> b.segments().stream().anyMatch(t -> cross(s, t)));
  }

  // Proper crossing only: each segment has the other's ends strictly on either side.
  private static boolean cross(Segment s, Segment t) {
    return side(s, t.from()) * side(s, t.to()) < 0 && side(t, s.from()) * side(t, s.to()) < 0;
  }

  private static int side(Segment s, Point p) {
    double cross = (s.to().x() - s.from().x()) * (p.y() - s.from().y()) - (s.to().y() - s.from().y()) * (p.x() - s.from().x());
    return Math.abs(cross) < 1e-9 ? 0 : (int) Math.signum(cross);
  }

  // Liang-Barsky clipping against the shape's inside, a pixel in from its border so that touching the edge is allowed.
  private static boolean through(Segment s, Bounds bounds) {
    double minX = bounds.getX() + 1;
    double minY = bounds.getY() + 1;
    double maxX = bounds.getX() + bounds.getWidth() - 1;
    double maxY = bounds.getY() + bounds.getHeight() - 1;
    double dx = s.to().x() - s.from().x();
    double dy = s.to().y() - s.from().y();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {s.from().x() - minX, maxX - s.from().x(), s.from().y() - minY, maxY - s.from().y()};
    double enter = 0;
    double leave = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] <= 0) {
          return false;
        }
      } else {
        double r = q[i] / p[i];
        if (p[i] < 0) {
          enter = Math.max(enter, r);
        } else {
          leave = Math.min(leave, r);
        }
      }
    }
    return enter < leave;
  }

  private static Point point(Waypoint waypoint) {
    return new Point(waypoint.getX(), waypoint.getY());
  }
}
