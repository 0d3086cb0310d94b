package org.toolflow.integration.rt;

import java.util.EnumMap;
import java.util.Map;

/** The status names RT's lifecycle uses: the defaults of {@link RtStatus}, or those the configuration gives. */
final class RtStatusNames {

  private final Map<RtStatus, String> names = new EnumMap<>(RtStatus.class);

  RtStatusNames(Map<RtStatus, String> configured) {
    for (RtStatus status : RtStatus.values()) {
      String name = configured == null ? null : configured.get(status);
      if (name != null && name.isBlank()) {
        throw new IllegalStateException("toolflow.rt.statuses." + status.name().toLowerCase().replace('_', '-')
            + " is empty: give the name of that status in the RT queue's lifecycle, or leave it out for '"
            + status.rtValue() + "'");
      }
      names.put(status, name == null ? status.rtValue() : name.trim());
    }
  }

  static RtStatusNames defaults() {
    return new RtStatusNames(Map.of());
  }

  String of(RtStatus status) {
    return names.get(status);
  }
}
