package org.toolflow.change;

/** Names of the process that puts a change on hold or resumes it ({@code change-hold}), shared with its form. */
public final class ChangeHoldProcess {

  public static final String PROCESS_KEY = "change-hold";

  private ChangeHoldProcess() {
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_HoldRequested";
    public static final String HOLD = "Task_HoldChange";
    public static final String RESUME = "Task_ResumeChange";
    public static final String MIRROR_TO_RT = "Task_MirrorStatusToRt";
    public static final String END = "EndEvent_HoldApplied";

    private Elements() {
    }
  }

  /** Process variables and form fields. */
  public static final class Vars {
    public static final String CHANGE_KEY = "changeKey";
    public static final String HOLD_ACTION = "holdAction";
    public static final String HOLD_REASON = "holdReason";
    public static final String REQUESTED_BY = "holdRequestedBy";

    private Vars() {
    }
  }
}
