package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every process and form, including the browser-test fixtures, follows the house rules; each rule can fail. */
class ModelRulesTest {

  private static final Path BAD = Path.of("src/test/resources/model-checks");
  private static final List<Path> MODEL_FOLDERS = List.of(Path.of("processes"), Path.of("src/test/resources/browser"));
  private static final List<Path> FORM_FOLDERS = List.of(Path.of("forms"), Path.of("src/test/resources/browser"));

  @TestFactory
  Stream<DynamicTest> everyProcessModelFollowsTheRules() throws IOException {
    return filesIn(MODEL_FOLDERS, ".bpmn").map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertThat(ProcessModelRules.of(file).problems()).as("problems of %s", file).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyProcessDiagramHasNoCrossingFlowsAndNoFlowThroughAShape() throws IOException {
    return filesIn(List.of(Path.of("processes")), ".bpmn").map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertThat(DiagramLayoutRules.of(file).problems()).as("layout problems of %s", file).isEmpty()));
  }

  @Test
  void crossingFlowsAreFound() {
    assertThat(DiagramLayoutRules.of(BAD.resolve("crossing-flows.bpmn")).crossingFlows()).containsExactly(
        "crossing-flows.bpmn: sequence flows Flow_ToUpper and Flow_LowerToUpper cross; route one of them around the other");
  }

  @Test
  void aFlowThroughAShapeIsFoundButNotOneThatOnlyTouchesItsEnds() {
    assertThat(DiagramLayoutRules.of(BAD.resolve("crossing-flows.bpmn")).flowsThroughShapes()).containsExactly(
        "crossing-flows.bpmn: sequence flow Flow_UpperDone runs through Task_InTheWay, which is neither its source nor"
            + " its target");
  }

  @TestFactory
  Stream<DynamicTest> everyFormFollowsTheRules() throws IOException {
    return filesIn(FORM_FOLDERS, ".form").map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertThat(FormModelRules.of(file).problems()).as("problems of %s", file).isEmpty()));
  }

  @Test
  void generatedIdsAreNamed() {
    assertThat(badProcess().generatedIds())
        .anySatisfy(problem -> assertThat(problem).contains("serviceTask Activity_0abc123 \"Call something\" has a generated id"))
        .anySatisfy(problem -> assertThat(problem).contains("sequenceFlow Flow_1x2y3z4 has a generated id"))
        .anySatisfy(problem -> assertThat(problem).contains("startEvent StartEvent_1 \"Started\" has a generated id"))
        .noneSatisfy(problem -> assertThat(problem).contains("Event_Done"))
        .allSatisfy(problem -> assertThat(problem).startsWith("breaks-every-rule.bpmn: "));
  }

  @Test
  void everyFlowNodeNeedsAShapeAndEveryFlowAnEdge() {
    assertThat(badProcess().missingDiagram()).containsExactlyInAnyOrder(
        "breaks-every-rule.bpmn: endEvent Event_Done \"Done\" has no shape in the diagram (BPMNShape), so Modeler does not show it",
        "breaks-every-rule.bpmn: sequenceFlow Flow_ToDone has no edge in the diagram (BPMNEdge), so Modeler does not show it");
  }

  @Test
  void aModelWithoutDiagramInterchangeIsRefused() {
    assertThat(ProcessModelRules.of(BAD.resolve("no-diagram.bpmn")).problems()).containsExactly(
        "no-diagram.bpmn: no diagram interchange (BPMNDiagram); open and save it in Camunda Modeler");
  }

  @Test
  void everyProcessNeedsAHistoryTimeToLive() {
    assertThat(badProcess().missingHistoryTimeToLive()).singleElement().asString()
        .contains("process breaks-every-rule \"Breaks every rule\" has no camunda:historyTimeToLive");
  }

  @Test
  void camundaClassIsRefusedOnTasksAndListeners() {
    assertThat(badProcess().camundaClassUses()).containsExactlyInAnyOrder(
        "breaks-every-rule.bpmn: camunda:executionListener of StartEvent_1 uses camunda:class=\"org.example.StartListener\";"
            + " wire a Spring bean with camunda:delegateExpression=\"${beanName}\" instead",
        "breaks-every-rule.bpmn: bpmn:serviceTask of Activity_0abc123 uses camunda:class=\"org.example.CallSomething\";"
            + " wire a Spring bean with camunda:delegateExpression=\"${beanName}\" instead");
  }

  @Test
  void theExecutionPlatformMustBeCamunda724() {
    assertThat(badProcess().wrongExecutionPlatform()).singleElement().asString()
        .startsWith("breaks-every-rule.bpmn: modeler:executionPlatform/executionPlatformVersion are 'Camunda Platform' '7.21.0'");
  }

  @Test
  void theFixtureThatPassesHasNoneOfTheseProblems() {
    assertThat(ProcessModelRules.of(Path.of("src/test/resources/browser/browser-probe.bpmn")).problems()).isEmpty();
  }

  @Test
  void aFormIdMustEqualItsFileName() throws IOException {
    assertThat(badForm().idNotFileName()).containsExactly(
        "breaks-every-form-rule.form: \"id\" is 'some-other-form' but must be 'breaks-every-form-rule', the file name,"
            + " which camunda:formRef uses");
  }

  @Test
  void aFormSchemaNewerThanTasklistReadsIsRefused() throws IOException {
    assertThat(badForm().schemaTooNew()).singleElement().asString()
        .startsWith("breaks-every-form-rule.form: \"schemaVersion\" is 18; Tasklist 7.24 (form-js 1.8.7) reads at most 16");
  }

  @Test
  void componentsThatFormJs18DoesNotRenderAreRefusedAlsoInsideGroups() throws IOException {
    assertThat(badForm().unknownComponents()).containsExactly(
        "breaks-every-form-rule.form: component Field_Attachment has type 'filepicker',"
            + " which form-js 1.8.7 in Tasklist 7.24 does not render");
  }

  @Test
  void aFormThatIsNotJsonIsRefused() throws IOException {
    assertThat(FormModelRules.of(BAD.resolve("not-json.form")).problems()).singleElement().asString()
        .startsWith("not-json.form: not valid JSON: ").contains("at line 7");
  }

  private static ProcessModelRules badProcess() {
    return ProcessModelRules.of(BAD.resolve("breaks-every-rule.bpmn"));
  }

  private static FormModelRules badForm() throws IOException {
    return FormModelRules.of(BAD.resolve("breaks-every-form-rule.form"));
  }

  private static Stream<Path> filesIn(List<Path> folders, String ending) throws IOException {
    Stream<Path> all = Stream.empty();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          all = Stream.concat(all, files.filter(file -> file.toString().endsWith(ending)).sorted().toList().stream());
        }
      }
    }
    return all;
  }
}
