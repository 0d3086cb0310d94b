package org.toolflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;

/** What a process sent to the outside systems, read back from the action journal the way tests compare it. */
public final class JournalReading {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalReading() {
  }

  /** The journal of one process instance and system, oldest first. */
  public static List<JournalEntry> oldestFirst(ActionJournal journal, String processInstanceId, String system) {
    List<JournalEntry> entries = new ArrayList<>(journal.find(processInstanceId, system, 0, 200));
    Collections.reverse(entries);
    return entries;
  }

  public static JsonNode request(JournalEntry entry) {
    try {
      return JSON.readTree(entry.request());
    } catch (Exception e) {
      throw new IllegalStateException("journal request is not JSON: " + entry.request(), e);
    }
  }

  /** The mail templates one process instance sent, oldest first. */
  public static List<String> mailTemplates(ActionJournal journal, String processInstanceId) {
    return oldestFirst(journal, processInstanceId, "mail").stream().map(e -> request(e).path("template").asText())
        .toList();
  }
}
