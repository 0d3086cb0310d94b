package org.toolflow;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Engine calls made as one person with all their groups, as ToolFlow's REST filters authenticate them. */
public final class ActingAs {

  private ActingAs() {
  }

  public static <T> T as(IdentityService identityService, String userId, Supplier<T> call) {
    identityService.setAuthentication(userId, groupsOf(identityService, userId));
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public static void as(IdentityService identityService, String userId, Runnable call) {
    as(identityService, userId, () -> {
      call.run();
      return null;
    });
  }

  public static List<String> groupsOf(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
  }
}
