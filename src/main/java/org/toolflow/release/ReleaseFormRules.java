package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.system.forms.FormChecks;

/** What each task form of the release process must contain; the browser checks the same, but only the server counts. */
final class ReleaseFormRules {

  // A git tag: no "..", no "//", no leading or trailing slash or dot, no ".lock" ending (git check-ref-format).
  static final Pattern TAG = Pattern.compile("^(?!.*\\.\\.)(?!.*//)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._+/-]{0,98}"
      + "[A-Za-z0-9_+-]$|^[A-Za-z0-9]$");
  static final int MIN_ROLLBACK_STEPS = 2;
  private static final int TEXT = 4000;
  private static final int LONG_TEXT = 8000;

  private ReleaseFormRules() {
  }

  static void development(FormChecks checks) {
    checks.field(RELEASE_TAG).required().matches(TAG, "a git tag such as v2.4.0 (letters, digits, . _ + - /; no '..')");
    checks.field(DEVELOPMENT_NOTES).maxLength(TEXT);
  }

  static void communication(FormChecks checks) {
    checks.field(OMB_ITEM).required().maxLength(TEXT);
    checks.field(BROADCAST_TEXT).required().maxLength(TEXT);
  }

  static void tagConfirmation(FormChecks checks, boolean confirmed) {
    checks.field(TAG_CONFIRMED).required().oneOf(Values.YES_NO);
    if (confirmed) {
      checks.field(TAG_URL).required().url();
    } else {
      checks.field(TAG_COMMENT).required().maxLength(TEXT);
    }
  }

  static void packaging(FormChecks checks, List<String> formats) {
    if (formats != null) {
      checks.rule(PACKAGE_FORMATS, !formats.isEmpty(), "is required: rpm, deb or both (UMD distributes OS packages)");
      formats.forEach(format -> checks.rule(PACKAGE_FORMATS, Values.PACKAGE_FORMATS.contains(format),
          "'" + format + "' is not a package format; one of " + String.join(", ", Values.PACKAGE_FORMATS)));
    }
    checks.field(PACKAGES_URL).required().url();
  }

  static void distribution(FormChecks checks) {
    checks.field(DISTRIBUTION_CHANNEL).required().oneOf(Values.DISTRIBUTION_CHANNELS);
    checks.field(DISTRIBUTION_URL).required().url();
  }

  static void releaseNotes(FormChecks checks, String documentationLinks) {
    checks.field(CHANGELOG).required().maxLength(LONG_TEXT);
    checks.field(INSTALLATION_STEPS).required().maxLength(LONG_TEXT);
    checks.field(KNOWN_ISSUES).maxLength(LONG_TEXT);
    checks.field(DOCUMENTATION_LINKS).required().maxLength(TEXT);
    if (documentationLinks != null) {
      for (String link : links(documentationLinks)) {
        checks.rule(DOCUMENTATION_LINKS, isWebUrl(link), "'" + link + "' is not a web address; one http(s) address "
            + "per line");
      }
    }
    checks.field(TEST_PLAN).required().maxLength(LONG_TEXT);
    checks.field(CONFORMANCE_INFO).required().maxLength(TEXT);
  }

  /** A test, the OTAG's test or the acceptance test: a result, the report's link, and what failed. */
  static void testReport(FormChecks checks, String resultField, String linkField, String summaryField,
      boolean failed) {
    checks.field(resultField).required().oneOf(Values.TEST_RESULTS);
    checks.field(linkField).required().url();
    if (failed) {
      checks.field(summaryField).required().maxLength(TEXT);
    } else {
      checks.field(summaryField).maxLength(TEXT);
    }
  }

  static void documentationReview(FormChecks checks, boolean insufficient) {
    checks.field(DOCUMENTATION_RESULT).required().oneOf(Values.DOCUMENTATION_RESULTS);
    if (insufficient) {
      checks.field(DOCUMENTATION_COMMENT).required().maxLength(TEXT);
    } else {
      checks.field(DOCUMENTATION_COMMENT).maxLength(TEXT);
    }
  }

  /** Rollback steps a person can follow under pressure: at least two, one per line. */
  static void rollbackSteps(FormChecks checks, String steps) {
    checks.field(ROLLBACK_STEPS).required().maxLength(LONG_TEXT);
    if (steps != null) {
      long count = Arrays.stream(steps.split("\\R")).filter(line -> line.trim().length() >= 3).count();
      checks.rule(ROLLBACK_STEPS, count >= MIN_ROLLBACK_STEPS, "must list at least " + MIN_ROLLBACK_STEPS
          + " steps, one per line, that reverse the deployment (e.g. '1. Stop the service', '2. Reinstall 2.3.1'); "
          + "a high-impact or high-risk release is not deployed without them");
    }
  }

  static void deployment(FormChecks checks, boolean failed) {
    checks.field(DEPLOYMENT_RESULT).required().oneOf(Values.OUTCOMES);
    if (failed) {
      checks.field(DEPLOYMENT_NOTES).required().maxLength(TEXT);
    } else {
      checks.field(DEPLOYMENT_NOTES).maxLength(TEXT);
    }
  }

  static void rollbackRun(FormChecks checks, boolean incomplete) {
    checks.field(ROLLBACK_RESULT).required().oneOf(Values.ROLLBACK_RESULTS);
    if (incomplete) {
      checks.field(ROLLBACK_NOTES).required().maxLength(TEXT);
    } else {
      checks.field(ROLLBACK_NOTES).maxLength(TEXT);
    }
  }

  static void review(FormChecks checks) {
    checks.field(REVIEW_OUTCOME).required().oneOf(Values.OUTCOMES);
    checks.field(REVIEW_ANALYSIS).required().maxLength(LONG_TEXT);
  }

  static void ombPostReview(FormChecks checks, boolean notJustified) {
    checks.field(OMB_POST_REVIEW_OUTCOME).required().oneOf(Values.POST_REVIEW_OUTCOMES);
    if (notJustified) {
      checks.field(OMB_POST_REVIEW_COMMENT).required().maxLength(TEXT);
    } else {
      checks.field(OMB_POST_REVIEW_COMMENT).maxLength(TEXT);
    }
  }

  static List<String> links(String text) {
    return Arrays.stream(text.split("[\\s,]+")).filter(link -> !link.isBlank()).toList();
  }

  private static boolean isWebUrl(String link) {
    FormChecks one = FormChecks.of(Map.of("link", link));
    one.field("link").url();
    return one.problems().isEmpty();
  }
}
