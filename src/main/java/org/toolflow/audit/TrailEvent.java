package org.toolflow.audit;

import java.time.Instant;

/** One line of the trail, as the CSV export writes it. */
record TrailEvent(Instant time, String activityId, String activity, String type, String user, String details,
    String outsideCall) {

  static final String PROCESS_STARTED = "process started";
  static final String ACTIVITY_STARTED = "activity started";
  static final String ACTIVITY_ENDED = "activity ended";
  static final String ACTIVITY_CANCELED = "activity canceled";
  static final String TASK_COMPLETED = "task completed";
  static final String DECISION = "decision";
  static final String INCIDENT_OPENED = "incident opened";
  static final String INCIDENT_RESOLVED = "incident resolved";
  static final String INCIDENT_DELETED = "incident deleted";
  static final String OPERATION = "operation";
  static final String VARIABLES_SET = "variables set";
  static final String OUTSIDE_CALL = "outside call";
  static final String PROCESS_ENDED = "process ended";
}
