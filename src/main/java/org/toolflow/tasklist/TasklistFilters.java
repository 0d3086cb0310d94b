package org.toolflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every user sees on first login, created once by name. */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

  record Definition(String name, String description, int priority, Supplier<TaskQuery> query) {
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  List<Definition> definitions() {
    return List.of(
        new Definition("My tasks", "Tasks assigned to me", -10,
            () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        new Definition("My groups' tasks", "Unclaimed tasks of my groups", -5,
            () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")),
        new Definition("Overdue", "Tasks past their due date", 0,
            () -> taskService.createTaskQuery().dueBeforeExpression("${now()}")),
        new Definition("All I may see", "Every task my authorizations show me", 10,
            () -> taskService.createTaskQuery()));
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Definition definition : definitions()) {
      if (filterService.createFilterQuery().filterName(definition.name()).count() == 0) {
        create(definition);
      }
    }
  }

  private void create(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("refresh", true);
    Filter filter = filterService.newTaskFilter(definition.name())
        .setQuery(definition.query().get())
        .setProperties(properties);
    filterService.saveFilter(filter);
    // A shared filter is readable by everyone; what it lists stays subject to task authorizations.
    Authorization everyoneReads = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyoneReads.setUserId(ANY);
    everyoneReads.setResource(Resources.FILTER);
    everyoneReads.setResourceId(filter.getId());
    everyoneReads.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyoneReads);
  }
}
