package org.toolflow.change;

import java.time.Instant;

/** One step of a change's status timeline. */
public record ChangeStatusChange(ChangeStatus status, Instant at, String by, String note) {
}
