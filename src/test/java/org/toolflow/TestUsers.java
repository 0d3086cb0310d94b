package org.toolflow;

/** Credentials of the administrator the test profile creates. */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-secret";

  private TestUsers() {
  }
}
