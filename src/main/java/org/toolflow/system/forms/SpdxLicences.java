package org.toolflow.system.forms;

import java.util.List;

/** The SPDX licence identifiers a tool may declare: the common open-source licences, as spdx.org spells them. */
public final class SpdxLicences {

  public static final List<String> IDS = List.of(
      "Apache-2.0",
      "MIT",
      "BSD-2-Clause",
      "BSD-3-Clause",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "MPL-2.0",
      "EPL-2.0",
      "EUPL-1.2",
      "CDDL-1.0",
      "CECILL-2.1",
      "ISC",
      "Artistic-2.0",
      "BSL-1.0",
      "Zlib",
      "PostgreSQL",
      "Unlicense",
      "CC0-1.0");

  private SpdxLicences() {
  }
}
