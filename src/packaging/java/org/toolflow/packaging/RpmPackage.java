package org.toolflow.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.eclipse.packager.rpm.FileFlags;
import org.eclipse.packager.rpm.RpmVersion;
import org.eclipse.packager.rpm.build.BuilderContext;
import org.eclipse.packager.rpm.build.BuilderOptions;
import org.eclipse.packager.rpm.build.FileInformationProvider;
import org.eclipse.packager.rpm.build.RpmBuilder;
import org.eclipse.packager.rpm.deps.RpmDependencyFlags;

/**
 * Builds toolflow-VERSION.noarch.rpm with the same contents as the .deb: the Spring Boot jar, the configuration
 * kept on upgrade, the systemd unit and the scripts that create the user and the data folder. Run by the
 * "packages" profile: {@code java RpmPackage.java <jar> <project folder> <output folder> <maven version>}.
 */
public final class RpmPackage {

  private RpmPackage() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: RpmPackage <jar> <project folder> <output folder> <maven version>");
    }
    Path jar = Path.of(args[0]);
    Path project = Path.of(args[1]);
    Path output = Files.createDirectories(Path.of(args[2]));
    Path packaging = project.resolve("src/packaging");
    BuilderOptions options = new BuilderOptions();
    // The usual name-version-release.arch.rpm, which dnf, zypper and rpm tooling expect.
    options.setFileNameProvider((name, version, arch) ->
        name + "-" + version.getVersion() + "-" + version.getRelease().orElse("1") + "." + arch + ".rpm");
    try (RpmBuilder rpm = new RpmBuilder("toolflow", rpmVersion(args[3]), "noarch", output, options)) {
      describe(rpm.getInformation());
      rpm.addRequirement("jre-17-headless", null, new RpmDependencyFlags[0]);
      rpm.setPreInstallationScript(Files.readString(packaging.resolve("rpm/pre.sh")));
      rpm.setPostInstallationScript(Files.readString(packaging.resolve("rpm/post.sh")));
      rpm.setPreRemoveScript(Files.readString(packaging.resolve("rpm/preun.sh")));
      rpm.setPostRemoveScript(Files.readString(packaging.resolve("rpm/postun.sh")));

      BuilderContext files = rpm.newContext();
      files.addDirectory("/usr/share/toolflow");
      files.addFile("/usr/share/toolflow/toolflow.jar", jar, mode(0644));
      files.addDirectory("/etc/toolflow");
      // %config(noreplace): an edited configuration survives an upgrade (the new one arrives as .rpmnew).
      files.addFile("/etc/toolflow/application.yaml", packaging.resolve("config/application.yaml"),
          BuilderContext.pathProvider().customize(file -> {
            file.setFileFlags(EnumSet.of(FileFlags.CONFIGURATION, FileFlags.NOREPLACE));
            file.setMode((short) 0640);
            file.setGroup("toolflow");
          }));
      files.addFile("/usr/lib/systemd/system/toolflow.service", packaging.resolve("systemd/toolflow.service"), mode(0644));
      files.addDirectory("/usr/share/doc/toolflow");
      files.addFile("/usr/share/doc/toolflow/README.md", project.resolve("README.md"), mode(0644));
      files.addFile("/usr/share/doc/toolflow/LICENSE", project.resolve("LICENSE"), mode(0644));
      addDocumentation(files, project.resolve("docs"));
      rpm.build();
      System.out.println("RPM: " + rpm.getTargetFile());
    }
  }

  // The README links into docs/: the installed copy keeps the same folders so the links still resolve.
  private static void addDocumentation(BuilderContext files, Path docs) throws IOException {
    try (Stream<Path> found = Files.walk(docs)) {
      for (Path path : found.sorted().toList()) {
        String target = "/usr/share/doc/toolflow/docs/" + docs.relativize(path).toString().replace('\\', '/');
        if (Files.isDirectory(path)) {
          files.addDirectory(target.replaceAll("/$", ""));
        } else {
          files.addFile(target, path, mode(0644));
        }
      }
    }
  }

  // RPM versions cannot hold '-': 0.1.0-SNAPSHOT becomes version 0.1.0, release 0.snapshot (older than release 1).
  static RpmVersion rpmVersion(String mavenVersion) {
    String[] parts = mavenVersion.split("-", 2);
    String release = parts.length == 1 ? "1" : "0." + parts[1].toLowerCase().replaceAll("[^a-z0-9.]", ".");
    return new RpmVersion(parts[0], release);
  }

  private static void describe(RpmBuilder.PackageInformation information) {
    information.setSummary("IT service management processes of a federated e-infrastructure");
    information.setDescription("ToolFlow runs tool onboarding, change requests, releases, incidents, problems, "
        + "maintenance windows and OMB meetings as BPMN processes on Camunda 7. The service runs as the user "
        + "toolflow, reads /etc/toolflow/application.yaml and keeps its data in /var/lib/toolflow.");
    information.setLicense("Apache-2.0");
    information.setGroup("Applications/System");
  }

  private static FileInformationProvider<Path> mode(int mode) {
    return BuilderContext.pathProvider().customize(file -> file.setMode((short) mode));
  }
}
