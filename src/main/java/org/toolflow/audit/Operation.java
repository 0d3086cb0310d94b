package org.toolflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** One operation a person did through the engine (complete, claim, set retries, ...), with what it changed. */
record Operation(String operationId, String type, String entityType, String userId, Instant time, String taskId,
    String jobId, String changes) {

  static final String COMPLETE = UserOperationLogEntry.OPERATION_TYPE_COMPLETE;

  // The log writes one row per changed property; the trail shows each operation once, with all its changes.
  static List<Operation> group(List<UserOperationLogEntry> rows) {
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry row : rows) {
      byOperation.computeIfAbsent(row.getOperationId() == null ? row.getId() : row.getOperationId(),
          id -> new ArrayList<>()).add(row);
    }
    List<Operation> operations = new ArrayList<>();
    byOperation.forEach((id, entries) -> {
      UserOperationLogEntry first = entries.get(0);
      String changes = entries.stream().filter(e -> e.getProperty() != null)
          .map(e -> e.getProperty() + ": " + e.getOrgValue() + " → " + e.getNewValue())
          .collect(Collectors.joining(", "));
      operations.add(new Operation(id, first.getOperationType(), first.getEntityType(), first.getUserId(),
          Times.of(first.getTimestamp()), first.getTaskId(), first.getJobId(), changes));
    });
    return operations;
  }

  boolean isProcessStart() {
    return UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)
        && org.camunda.bpm.engine.EntityTypes.PROCESS_INSTANCE.equals(entityType);
  }

  String summary() {
    return type + " " + entityType + (changes.isEmpty() ? "" : " (" + changes + ")");
  }
}
