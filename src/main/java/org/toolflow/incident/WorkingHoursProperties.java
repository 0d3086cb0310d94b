package org.toolflow.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The support desk's working hours: GGUS counts response times in them (07:00–15:00 UTC, Monday to Friday). */
@ConfigurationProperties("toolflow.working-hours")
public record WorkingHoursProperties(
    @DefaultValue("07:00") LocalTime start,
    @DefaultValue("15:00") LocalTime end,
    @DefaultValue("UTC") ZoneId zone,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> days,
    @DefaultValue({}) List<LocalDate> holidays) {
}
