package org.toolflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first member of {@code camunda-admin} once, when no administrator exists yet.
 * There are no default credentials: the password comes from the environment or is generated.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);
  private static final int GENERATED_PASSWORD_BYTES = 24;

  private final IdentityService identityService;
  private final SystemGroups systemGroups;
  private final AdministratorProperties properties;

  InitialAdministrator(IdentityService identityService, SystemGroups systemGroups, AdministratorProperties properties) {
    this.identityService = identityService;
    this.systemGroups = systemGroups;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    systemGroups.ensureAdministratorsGroup();
    if (identityService.createUserQuery().memberOfGroup(SystemGroups.ADMINISTRATORS).count() > 0) {
      return;
    }
    String userId = properties.user();
    String password = properties.hasPassword() ? properties.password() : generatePassword();
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("ToolFlow");
      user.setLastName("Administrator");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    identityService.createMembership(userId, SystemGroups.ADMINISTRATORS);
    if (properties.hasPassword()) {
      LOG.info("Administrator '{}' created from TOOLFLOW_ADMIN_USER / TOOLFLOW_ADMIN_PASSWORD", userId);
    } else {
      Path file = writeOwnerOnly(properties.passwordFile(), password);
      LOG.warn("Administrator '{}' created with a generated password; read it from {} and change it",
          userId, file.toAbsolutePath());
    }
  }

  static String generatePassword() {
    byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Path writeOwnerOnly(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    if (posix) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    return file;
  }
}
