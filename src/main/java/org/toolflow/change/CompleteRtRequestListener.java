package org.toolflow.change;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeIntakeProcess.Vars;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/** Checks what EGI Operations completed: an ACTIVE tool and an e-mail address for the requester. */
@Component
class CompleteRtRequestListener implements TaskListener {

  private final ChangeTools tools;

  CompleteRtRequestListener(ChangeTools tools) {
    this.tools = tools;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    Object toolKey = task.getVariable(Vars.TOOL_KEY);
    if (!(toolKey instanceof String key) || tools.active(key.trim()).isEmpty()) {
      problems.add(new FieldProblem(Vars.TOOL_KEY, "the key of an ACTIVE tool; active tools: "
          + String.join(", ", tools.activeKeys()) + " (got " + toolKey + ")"));
    } else {
      task.setVariable(Vars.TOOL_KEY, key.trim());
    }
    Object email = task.getVariable(Vars.REQUESTER_EMAIL);
    if (!(email instanceof String address) || !address.trim().matches("[^@\\s]{1,64}@[^@\\s]{1,190}")) {
      problems.add(new FieldProblem(Vars.REQUESTER_EMAIL, "an e-mail address, e.g. name@example.org (got "
          + email + ")"));
    } else {
      task.setVariable(Vars.REQUESTER_EMAIL, address.trim());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
