package org.toolflow.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator: {@code TOOLFLOW_ADMIN_USER} / {@code TOOLFLOW_ADMIN_PASSWORD} from the
 * environment, otherwise {@code admin} with a generated password written to {@code dataDir}.
 */
@ConfigurationProperties("toolflow.admin")
record AdministratorProperties(String user, String password, Path dataDir) {

  static final String DEFAULT_USER = "admin";
  static final String PASSWORD_FILE = "initial-admin-password";

  AdministratorProperties {
    user = user == null || user.isBlank() ? DEFAULT_USER : user.trim();
    dataDir = dataDir == null ? Path.of("data") : dataDir;
  }

  boolean hasPassword() {
    return password != null && !password.isBlank();
  }

  Path passwordFile() {
    return dataDir.resolve(PASSWORD_FILE);
  }
}
