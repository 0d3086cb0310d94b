package org.toolflow.release;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A repository on GitHub, as a tool's source code URL names it ({@code https://github.com/<owner>/<repo>[.git][/…]}). */
record GitHubRepository(String owner, String name) {

  // GitHub's own rules: owners are letters, digits and hyphens; repositories also allow dots and underscores.
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  static Optional<GitHubRepository> of(String sourceCodeUrl) {
    if (sourceCodeUrl == null || sourceCodeUrl.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(sourceCodeUrl.trim());
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
    if (!host.equals("github.com") && !host.equals("www.github.com") || uri.getPath() == null) {
      return Optional.empty();
    }
    String[] parts = uri.getPath().replaceFirst("^/+", "").split("/");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String name = parts[1].endsWith(".git") ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
    if (!OWNER.matcher(parts[0]).matches() || !NAME.matcher(name).matches() || name.matches("\\.+")) {
      return Optional.empty();
    }
    return Optional.of(new GitHubRepository(parts[0], name));
  }

  String fullName() {
    return owner + "/" + name;
  }

  /** Where a person sees the tag. */
  String tagUrl(String tag) {
    return "https://github.com/" + owner + "/" + name + "/releases/tag/" + tag;
  }
}
