package org.toolflow.security;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.web.CurrentUser;

/** Who the caller is to ToolFlow: lets a client check its credentials and see its groups. */
@RestController
class MeController {

  private final CurrentUser currentUser;

  MeController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me")
  Map<String, Object> me() {
    return Map.of("id", currentUser.id(), "groups", currentUser.groupIds());
  }
}
