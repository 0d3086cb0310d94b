package org.toolflow.integration.journal;

import org.toolflow.integration.ActionContext;

/**
 * One call to an outside system as the journal describes it: the system, the operation, what it concerns,
 * the request (the body sent, or that would have been sent), whether it is a dry run, and who asked.
 * {@code context} is null for reads that no process step owns.
 */
public record OutsideAction(String system, String operation, String target, Object request, boolean dryRun,
    ActionContext context) {
}
