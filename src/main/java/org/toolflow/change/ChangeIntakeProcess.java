package org.toolflow.change;

/**
 * The names of the process that lets EGI Operations complete a change request taken in from RT whose tool or
 * requester ToolFlow could not tell: process key, element ids, variables (the form's keys).
 */
public final class ChangeIntakeProcess {

  public static final String PROCESS_KEY = "change-intake";
  /** Business key of the intake of RT ticket {@code id}. */
  public static final String BUSINESS_KEY_PREFIX = "rt-";

  private ChangeIntakeProcess() {
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_RtTicketIncomplete";
    public static final String COMPLETE_REQUEST = "Task_CompleteRtRequest";
    public static final String FILE_CHANGE = "Task_FileChangeRequest";
    public static final String END = "EndEvent_ChangeFiled";

    private Elements() {
    }
  }

  /** Process variables; the task form uses the same keys. */
  public static final class Vars {
    public static final String RT_TICKET_ID = ChangeRequestProcess.Vars.RT_TICKET_ID;
    public static final String TITLE = ChangeRequestProcess.Vars.TITLE;
    public static final String DESCRIPTION = ChangeRequestProcess.Vars.DESCRIPTION;
    public static final String RT_CATEGORY = "rtCategory";
    public static final String MISSING = "missing";
    // completed by EGI Operations
    public static final String TOOL_KEY = ChangeRequestProcess.Vars.TOOL_KEY;
    public static final String REQUESTER_EMAIL = "requesterEmail";
    // the change request filed
    public static final String CHANGE_KEY = ChangeRequestProcess.Vars.CHANGE_KEY;

    private Vars() {
    }
  }
}
