package org.toolflow.release;

import java.time.LocalDate;
import java.util.List;
import org.toolflow.tools.Tool;

/** A checked request to plan a release. */
record ReleaseStart(Tool tool, String version, List<String> changeKeys, String kind, LocalDate plannedDate,
    boolean umdDistribution, boolean highImpact, boolean highRisk) {
}
