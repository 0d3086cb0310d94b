package org.toolflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials checked against Camunda's identity service (which also delays repeated failures). */
final class BasicCredentials {

  private static final String BASIC = "Basic ";

  private BasicCredentials() {
  }

  /** The user the header authenticates, or null when it is missing, malformed or wrong. */
  static String userOf(String authorizationHeader, IdentityService identityService) {
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
  }

  static boolean present(String authorizationHeader) {
    return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, BASIC, 0, BASIC.length());
  }
}
