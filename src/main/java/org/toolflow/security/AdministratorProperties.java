package org.toolflow.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.toolflow.system.config.BlankSetting;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator: {@code TOOLFLOW_ADMIN_USER} / {@code TOOLFLOW_ADMIN_PASSWORD} from the
 * environment, otherwise {@code admin} with a generated password written to {@code dataDir}.
 */
@ConfigurationProperties("toolflow.admin")
record AdministratorProperties(@DefaultValue(DEFAULT_USER) String user, String password,
    @DefaultValue("data") Path dataDir) {

  static final String DEFAULT_USER = "admin";
  static final String PASSWORD_FILE = "initial-admin-password";

  AdministratorProperties {
    user = BlankSetting.orDefault(user, DEFAULT_USER);
  }

  boolean hasPassword() {
    return password != null && !password.isBlank();
  }

  Path passwordFile() {
    return dataDir.resolve(PASSWORD_FILE);
  }
}
