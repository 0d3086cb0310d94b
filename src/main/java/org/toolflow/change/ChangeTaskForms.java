package org.toolflow.change;

import static org.toolflow.change.ChangeRequestProcess.Values.APPROVE;
import static org.toolflow.change.ChangeRequestProcess.Values.NO;
import static org.toolflow.change.ChangeRequestProcess.Values.REJECT;
import static org.toolflow.change.ChangeRequestProcess.Values.YES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.web.FieldProblem;

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
    FormValues in = new FormValues(variables);
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> out = new HashMap<>();
    switch (taskDefinitionKey) {
      case Elements.ASSESS -> assessment(in, today, problems, out);
      case Elements.ADVISE -> {
        String advice = in.choice(Vars.OTAG_ADVICE, OTAG_ADVICES, true, problems);
        String comment = in.optionalText(Vars.OTAG_COMMENT, COMMENT, problems);
        if ("oppose".equals(advice) && comment == null) {
          problems.add(new FieldProblem(Vars.OTAG_COMMENT, "required when the OTAG opposes the change"));
        }
      }
      case Elements.APPROVE_PRODUCT_TEAMS -> decision(in, Vars.PRODUCT_TEAMS_DECISION, Vars.PRODUCT_TEAMS_COMMENT,
          problems);
      case Elements.APPROVE_OMB -> decision(in, Vars.OMB_DECISION, Vars.OMB_COMMENT, problems);
      case Elements.POST_REVIEW_EMERGENCY -> {
        String outcome = in.choice(Vars.POST_REVIEW_OUTCOME, POST_REVIEW_OUTCOMES, true, problems);
        String comment = in.optionalText(Vars.POST_REVIEW_COMMENT, COMMENT, problems);
        if ("not-justified".equals(outcome) && comment == null) {
          problems.add(new FieldProblem(Vars.POST_REVIEW_COMMENT, "required when the emergency was not justified"));
        }
      }
      case Elements.REVIEW_IMPLEMENTATION -> {
        String documentation = in.choice(Vars.DOCUMENTATION_SUFFICIENT, YES_NO, true, problems);
        String working = in.choice(Vars.TOOL_WORKING, YES_NO, true, problems);
        String comment = in.optionalText(Vars.REVIEW_COMMENT, COMMENT, problems);
        boolean negative = NO.equals(documentation) || NO.equals(working);
        if (negative && comment == null) {
          problems.add(new FieldProblem(Vars.REVIEW_COMMENT, "required when an answer is no: say what is missing"));
        }
        out.put(Vars.REVIEW_NEGATIVE, negative);
      }
      default -> {
        // a task without a form of its own
      }
    }
    if (!problems.isEmpty()) {
      throw ChangeInputRejected.of(problems);
    }
    return out;
  }

  private static void assessment(FormValues in, LocalDate today, List<FieldProblem> problems, Map<String, Object> out) {
    in.choice(Vars.EFFORT, EFFORTS, true, problems);
    in.choice(Vars.IMPACT, LEVELS, true, problems);
    in.choice(Vars.RISK, LEVELS, true, problems);
    in.optionalText(Vars.ASSESSMENT_COMMENT, COMMENT, problems);
    Integer priority = in.requiredInteger(Vars.PRIORITY, 0, 4, problems);
    LocalDate date = in.optionalDate(Vars.INTENDED_DEPLOYMENT_DATE, today, problems);
    if (date == null && problems.stream().noneMatch(p -> p.field().equals(Vars.INTENDED_DEPLOYMENT_DATE))) {
      problems.add(new FieldProblem(Vars.INTENDED_DEPLOYMENT_DATE, "required: when the change should be deployed"));
    }
    if (priority != null) {
      out.put(Vars.PRIORITY, priority);
    }
    if (date != null) {
      out.put(Vars.INTENDED_DEPLOYMENT_DATE, date.toString());
    }
  }

  private static void decision(FormValues in, String decisionField, String commentField, List<FieldProblem> problems) {
    String decision = in.choice(decisionField, DECISIONS, true, problems);
    in.optionalText(commentField, COMMENT, problems);
    String reason = in.optionalText(Vars.REJECTION_REASON, COMMENT, problems);
    if (REJECT.equals(decision) && reason == null) {
      problems.add(new FieldProblem(Vars.REJECTION_REASON, "required when rejecting: the requester is told why"));
    }
  }
}
