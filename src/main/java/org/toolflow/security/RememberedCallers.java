package org.toolflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The callers of the REST APIs, by their HTTP Basic credentials: checking a password and reading the user's groups
 * and tenants took more of a short request than the work it asked for. A credential that checked out is taken as
 * it is for {@link RememberedCallersProperties#time()}; a wrong one is never remembered, so the identity service
 * still counts and delays failed attempts. Any change of users, groups, tenants or memberships made on this node
 * forgets every caller at once ({@link ForgetCallersOnIdentityChange}); one made on another node is seen when the time
 * runs out.
 */
@Component
public class RememberedCallers {

  /** A user the engine authenticates, with the groups and tenants its authorization checks use. */
  public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {
  }

  private record Remembered(Caller caller, Instant until) {
  }

  // Looked up when first needed: the engine's plugins are built before the engine's services exist.
  private final ObjectProvider<IdentityService> identityService;
  private final RememberedCallersProperties properties;
  private final Clock clock;
  // Keyed by a digest of the header, so no password is kept in memory.
  private final Map<String, Remembered> byCredential = new ConcurrentHashMap<>();

  RememberedCallers(ObjectProvider<IdentityService> identityService, RememberedCallersProperties properties,
      Clock clock) {
    this.identityService = identityService;
    this.properties = properties;
    this.clock = clock;
  }

  /** The caller these HTTP Basic credentials authenticate, or null when they are missing, malformed or wrong. */
  public Caller byBasicCredentials(String authorizationHeader) {
    if (!BasicCredentials.present(authorizationHeader)) {
      return null;
    }
    String key = digest(authorizationHeader);
    Remembered remembered = byCredential.get(key);
    Instant now = clock.instant();
    if (remembered != null && now.isBefore(remembered.until())) {
      return remembered.caller();
    }
    String userId = BasicCredentials.userOf(authorizationHeader, identityService.getObject());
    if (userId == null) {
      byCredential.remove(key);
      return null;
    }
    Caller caller = of(userId);
    if (!properties.time().isZero()) {
      if (byCredential.size() >= properties.most()) {
        byCredential.clear();
      }
      byCredential.put(key, new Remembered(caller, now.plus(properties.time())));
    }
    return caller;
  }

  /** The user's groups and tenants as the identity service has them now. */
  public Caller of(String userId) {
    IdentityService identity = identityService.getObject();
    List<String> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .unlimitedList().stream().map(Tenant::getId).toList();
    return new Caller(userId, groups, tenants);
  }

  void forgetAll() {
    byCredential.clear();
  }

  private static String digest(String header) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(header.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
