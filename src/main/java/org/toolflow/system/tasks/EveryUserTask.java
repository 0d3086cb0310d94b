package org.toolflow.system.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The rules every user task of every model follows, whatever its model says: when it is created, someone can act on
 * it and it has a due date with a reminder and an escalation ({@link TaskOnCreate}); when it ends, its reminder and
 * escalation go ({@link TaskDeadlineJobs}). Installed as built-in listeners by a parse listener, so no model can
 * forget them.
 */
@Component
class EveryUserTask extends AbstractProcessEnginePlugin {

  private final TaskOnCreate onCreate;
  private final TaskDeadlineJobs deadlineJobs;

  EveryUserTask(TaskOnCreate onCreate, TaskDeadlineJobs deadlineJobs) {
    this.onCreate = onCreate;
    this.deadlineJobs = deadlineJobs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AddTaskRules());
    configuration.setCustomPostBPMNParseListeners(listeners);
    @SuppressWarnings("rawtypes")
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(deadlineJobs.handler());
    configuration.setCustomJobHandlers(handlers);
  }

  private final class AddTaskRules extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, deadlineJobs::cancel);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, deadlineJobs::cancel);
    }
  }
}
