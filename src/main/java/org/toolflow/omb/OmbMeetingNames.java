package org.toolflow.omb;

/** Key, element ids and variable names of the omb-meeting process; forms use the same names. */
public final class OmbMeetingNames {

  public static final String PROCESS_KEY = "omb-meeting";
  public static final String START_MEETING_DAY = "StartEvent_MeetingDay";
  public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";

  public static final String MEETING_AT = "meetingAt";
  public static final String AGENDA_AT = "agendaAt";
  public static final String AGENDA_TEXT = "agendaText";
  public static final String MINUTES_URL = "minutesUrl";
  public static final String DECISIONS = "decisions";

  private OmbMeetingNames() {
  }
}
