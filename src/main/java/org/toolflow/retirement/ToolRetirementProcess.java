package org.toolflow.retirement;

import java.util.List;
import org.toolflow.system.process.SharedVariables;

/**
 * The names the tool retirement process ({@code tool-retirement}), its forms, its Java code and its tests share.
 * Form field keys equal the variable names. The business key is {@code RETIRE-<toolKey>}.
 */
public final class ToolRetirementProcess {

  public static final String PROCESS_KEY = "tool-retirement";
  public static final String BUSINESS_KEY_PREFIX = "RETIRE-";

  private ToolRetirementProcess() {
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_RetirementRequested";
    public static final String APPROVE = "Task_ApproveRetirement";
    public static final String GATEWAY_APPROVED = "Gateway_RetirementApproved";
    public static final String MAIL_REFUSAL = "Task_MailRetirementRefused";
    public static final String END_REFUSED = "EndEvent_RetirementRefused";
    public static final String REMOVE_GOCDB_ENTRY = "Task_RemoveGocdbEntry";
    public static final String REMOVE_SUPPORT_UNIT = "Task_RemoveSupportUnit";
    public static final String REMOVE_WIKI_PAGE = "Task_RemoveWikiPage";
    public static final String REMOVE_RT_CATEGORY = "Task_RemoveRtCategory";
    public static final String RETIRE_TOOL = "Task_RetireTool";
    public static final String REJECT_OPEN_CHANGES = "Task_RejectOpenChanges";
    public static final String CLOSE_GROUPS = "Task_CloseToolGroups";
    public static final String MAIL_RETIRED = "Task_MailToolRetired";
    public static final String END_RETIRED = "EndEvent_ToolRetired";

    private Elements() {
    }
  }

  /** Process variables; the forms use the same keys. */
  public static final class Vars {
    // start
    public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
    public static final String RETIREMENT_REASON = "retirementReason";
    // set by the start check
    public static final String TOOL_NAME = SharedVariables.TOOL_NAME;
    public static final String REQUESTED_BY = "retirementRequestedBy";
    // approval
    public static final String DECISION = "retirementDecision";
    public static final String DECISION_COMMENT = "retirementComment";
    public static final String APPROVED = "retirementApproved";
    // removal by hand: each task's form has its "done" tick and an optional note
    public static final String GOCDB_REMOVED = "gocdbEntryRemoved";
    public static final String SUPPORT_UNIT_REMOVED = "supportUnitRemoved";
    public static final String WIKI_PAGE_REMOVED = "wikiPageRemoved";
    public static final String RT_CATEGORY_REMOVED = "rtCategoryRemoved";
    public static final String REMOVAL_NOTE = "removalNote";
    // written by the retirement
    public static final String REJECTED_CHANGES = "rejectedChanges";
    // mail delegate input
    public static final String MAIL_TEMPLATE = "mailTemplate";

    private Vars() {
    }
  }

  /** Values the forms offer and the gateway tests. */
  public static final class Values {
    public static final String APPROVE = "approve";
    public static final String REFUSE = "refuse";
    public static final List<String> DECISIONS = List.of(APPROVE, REFUSE);

    private Values() {
    }
  }
}
