package org.toolflow.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.toolflow.system.web.FieldProblem;

class SurfaceRejectedInputTest {

  @Test
  void rejectedInputIsFoundUnderTheEnginesWrapping() {
    FormInputRejected rejected = new FormInputRejected(List.of(new FieldProblem("toolUrl", "is required")));
    ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051",
        new ProcessEngineException("Exception while invoking TaskListener", rejected));

    assertThat(SurfaceRejectedInput.Unwrapping.rejectedInputIn(wrapped)).isSameAs(rejected);
    assertThat(SurfaceRejectedInput.Unwrapping.rejectedInputIn(new ProcessEngineException("other"))).isNull();
  }
}
