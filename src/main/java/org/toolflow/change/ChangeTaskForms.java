package org.toolflow.change;

import static org.toolflow.change.ChangeRequestProcess.Values.APPROVE;
import static org.toolflow.change.ChangeRequestProcess.Values.NO;
import static org.toolflow.change.ChangeRequestProcess.Values.REJECT;
import static org.toolflow.change.ChangeRequestProcess.Values.YES;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;

/** What each task form of the change process must contain; the browser checks the same, but only the server counts. */
final class ChangeTaskForms {

  static final List<String> EFFORTS = List.of("hours", "days", "weeks", "months");
  static final List<String> LEVELS = List.of("low", "medium", "high");
  static final List<String> OTAG_ADVICES = List.of("support", "support-with-changes", "oppose");
  static final List<String> DECISIONS = List.of(APPROVE, REJECT);
  static final List<String> POST_REVIEW_OUTCOMES = List.of("justified", "not-justified");
  static final List<String> YES_NO = List.of(YES, NO);
  private static final int COMMENT = 4000;

  private ChangeTaskForms() {
  }

  /** The checked and normalised values of the task's form; throws with every problem when one is found. */
  static Map<String, Object> check(String taskDefinitionKey, Map<String, Object> variables, LocalDate today) {
    FormChecks checks = FormChecks.of(variables);
    FormValues in = new FormValues(variables, checks);
    Map<String, Object> out = new HashMap<>();
    switch (taskDefinitionKey) {
      case Elements.ASSESS -> assessment(in, checks, today, out);
      case Elements.ADVISE -> {
        String advice = in.choice(Vars.OTAG_ADVICE, OTAG_ADVICES, true);
        String comment = in.text(Vars.OTAG_COMMENT, COMMENT);
        if ("oppose".equals(advice) && comment == null) {
          checks.rule(Vars.OTAG_COMMENT, false, "is required when the OTAG opposes the change");
        }
      }
      case Elements.APPROVE_PRODUCT_TEAMS ->
          decision(in, checks, Vars.PRODUCT_TEAMS_DECISION, Vars.PRODUCT_TEAMS_COMMENT);
      case Elements.APPROVE_OMB -> decision(in, checks, Vars.OMB_DECISION, Vars.OMB_COMMENT);
      case Elements.POST_REVIEW_EMERGENCY -> {
        String outcome = in.choice(Vars.POST_REVIEW_OUTCOME, POST_REVIEW_OUTCOMES, true);
        String comment = in.text(Vars.POST_REVIEW_COMMENT, COMMENT);
        if ("not-justified".equals(outcome) && comment == null) {
          checks.rule(Vars.POST_REVIEW_COMMENT, false, "is required when the emergency was not justified");
        }
      }
      case Elements.REVIEW_IMPLEMENTATION -> {
        String documentation = in.choice(Vars.DOCUMENTATION_SUFFICIENT, YES_NO, true);
        String working = in.choice(Vars.TOOL_WORKING, YES_NO, true);
        String comment = in.text(Vars.REVIEW_COMMENT, COMMENT);
        boolean negative = NO.equals(documentation) || NO.equals(working);
        if (negative && comment == null) {
          checks.rule(Vars.REVIEW_COMMENT, false, "is required when an answer is no: say what is missing");
        }
        out.put(Vars.REVIEW_NEGATIVE, negative);
      }
      default -> {
        // a task without a form of its own
      }
    }
    checks.orReject();
    return out;
  }

  private static void assessment(FormValues in, FormChecks checks, LocalDate today, Map<String, Object> out) {
    in.choice(Vars.EFFORT, EFFORTS, true);
    in.choice(Vars.IMPACT, LEVELS, true);
    in.choice(Vars.RISK, LEVELS, true);
    in.text(Vars.ASSESSMENT_COMMENT, COMMENT);
    Integer priority = in.requiredWholeNumber(Vars.PRIORITY, 0, 4);
    LocalDate date = in.date(Vars.INTENDED_DEPLOYMENT_DATE, today);
    if (date == null && !checks.hasProblem(Vars.INTENDED_DEPLOYMENT_DATE)) {
      checks.rule(Vars.INTENDED_DEPLOYMENT_DATE, false, "is required: when the change should be deployed");
    }
    if (priority != null) {
      out.put(Vars.PRIORITY, priority);
    }
    if (date != null) {
      out.put(Vars.INTENDED_DEPLOYMENT_DATE, date.toString());
    }
  }

  private static void decision(FormValues in, FormChecks checks, String decisionField, String commentField) {
    String decision = in.choice(decisionField, DECISIONS, true);
    in.text(commentField, COMMENT);
    String reason = in.text(Vars.REJECTION_REASON, COMMENT);
    if (REJECT.equals(decision) && reason == null) {
      checks.rule(Vars.REJECTION_REASON, false, "is required when rejecting: the requester is told why");
    }
  }
}
