package org.toolflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ActingAs;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.Roles;

@ToolFlowSpringTest
class TasklistFiltersTest {

  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  private static final String PROBE = "filter-probe";

  @Test
  void theFourSharedFiltersExistOnceAndEveryoneMayReadThem() {
    new TasklistFilters(filterService, taskService, authorizationService).run(null);

    for (String name : new String[] {"My tasks", "My groups' tasks", "Overdue", "All I may see"}) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      assertThat(authorizationService.isUserAuthorized("any-operator", null, Permissions.READ, Resources.FILTER, filter.getId()))
          .as("everyone reads %s", name).isTrue();
    }
  }

  @Test
  void myTasksListsWhatIsAssignedToTheCurrentUserAndNothingElse() {
    new TasklistFilters(filterService, taskService, authorizationService).run(null);
    String alice = TestUsers.ensureUser(identityService, "filter-alice", "alice-secret", Roles.EGI_OPERATIONS);
    String bob = TestUsers.ensureUser(identityService, "filter-bob", "bob-secret", Roles.EGI_OPERATIONS);
    repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Probe").camundaCandidateGroups(Roles.EGI_OPERATIONS).endEvent().done()).deploy();
    String alicesTask = startedTask();
    String bobsTask = startedTask();
    String nobodysTask = startedTask();
    taskService.setAssignee(alicesTask, alice);
    taskService.setAssignee(bobsTask, bob);
    Filter myTasks = filterService.createFilterQuery().filterName("My tasks").singleResult();

    assertThat(idsSeenBy(alice, myTasks)).contains(alicesTask).doesNotContain(bobsTask, nobodysTask);
    assertThat(idsSeenBy(bob, myTasks)).contains(bobsTask).doesNotContain(alicesTask, nobodysTask);
  }

  private String startedTask() {
    String instance = runtimeService.startProcessInstanceByKey(PROBE).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private List<String> idsSeenBy(String user, Filter filter) {
    return ActingAs.as(identityService, user,
        () -> filterService.<Task>listPage(filter.getId(), 0, 100).stream().map(Task::getId).toList());
  }
}
