package org.toolflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class TasklistFiltersTest {

  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;

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
  void myTasksListsWhatIsAssignedToTheCurrentUser() {
    Filter myTasks = filterService.createFilterQuery().filterName("My tasks").singleResult();

    assertThat(myTasks.getQuery().toString()).isNotNull();
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) myTasks.getQuery()).getExpressions())
        .containsEntry("taskAssignee", "${currentUser()}");
  }
}
