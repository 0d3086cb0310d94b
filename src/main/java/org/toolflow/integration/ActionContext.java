package org.toolflow.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Who asks an outside system to act, and the idempotency key of that one action.
 * The key stays the same when the job carrying the call is retried or runs twice after a lost lock,
 * and differs when a loop in the process reaches the same activity again.
 */
public record ActionContext(String processInstanceId, String activityId, String idempotencyKey) {

  public static ActionContext of(DelegateExecution execution) {
    StringBuilder key = new StringBuilder(execution.getProcessInstanceId()).append('/').append(execution.getCurrentActivityId());
    Object loopCounter = execution.getVariableLocal("loopCounter");
    if (loopCounter != null) {
      key.append('/').append(loopCounter);
    }
    key.append('/').append(visitOf(execution));
    return new ActionContext(execution.getProcessInstanceId(), execution.getCurrentActivityId(), key.toString());
  }

  /** Outside the process engine, for calls an operator or a scheduler makes. */
  public static ActionContext manual(String purpose, String idempotencyKey) {
    return new ActionContext(null, purpose, idempotencyKey);
  }

  /**
   * The process step running on this thread, for a read it makes (GOCDB, a helpdesk search): the journal then files
   * the read under its process instance and activity. No idempotency key, since reads are never replayed. Null
   * outside a step (an operator's or a scheduler's call).
   */
  public static ActionContext ofRunningStep() {
    BpmnExecutionContext step = Context.getBpmnExecutionContext();
    ExecutionEntity execution = step == null ? null : step.getExecution();
    return execution == null ? null
        : new ActionContext(execution.getProcessInstanceId(), execution.getActivityId(), null);
  }

  /**
   * What ToolFlow writes into the outside object an action creates (a ticket's subject, an edit summary, a mail's
   * Message-ID), so that a retry after a crash can find it there: derived from the idempotency key, short and
   * free of characters search syntaxes treat specially. Null without a key.
   */
  public String remoteMark() {
    if (idempotencyKey == null) {
      return null;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "toolflow-" + HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  // The job is the same row on every retry; without a job the activity instance identifies the visit.
  private static String visitOf(DelegateExecution execution) {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    return job != null ? "job-" + job.getId() : "ai-" + execution.getActivityInstanceId();
  }
}
