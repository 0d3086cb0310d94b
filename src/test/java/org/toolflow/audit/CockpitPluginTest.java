package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.ToolFlowSpringTest;

/** Cockpit loads our plugin from its config.js, and the plugin reaches the audit API with the Cockpit session. */
@ToolFlowSpringTest
class CockpitPluginTest {

  private static final String COCKPIT = "/camunda/app/cockpit/";
  private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+)'|new URL\\('(\\./[^']+)'");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  void cockpitsConfigLoadsOurPluginInsteadOfCamundasEmptyOne() throws Exception {
    HttpResponse<String> config = get(COCKPIT + "scripts/config.js");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("customScripts").contains("'scripts/toolflow-audit/plugin.js'");
  }

  @Test
  void everyModuleThePluginImportsIsServedAsJavaScript() throws Exception {
    Set<String> seen = new HashSet<>();
    Deque<String> toLoad = new ArrayDeque<>();
    toLoad.add("plugin.js");
    while (!toLoad.isEmpty()) {
      String file = toLoad.pop();
      if (!seen.add(file)) {
        continue;
      }
      HttpResponse<String> response = get(COCKPIT + "scripts/toolflow-audit/" + file);
      assertThat(response.statusCode()).as(file).isEqualTo(200);
      if (file.endsWith(".js")) {
        assertThat(response.headers().firstValue("Content-Type")).as(file)
            .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        Matcher imports = IMPORT.matcher(response.body());
        while (imports.find()) {
          toLoad.add((imports.group(1) != null ? imports.group(1) : imports.group(2)).substring(2));
        }
      }
    }
    assertThat(seen).contains("plugin.js", "search.js", "instance.js", "diagram.js", "dom.js", "audit.css");
    assertThat(get(COCKPIT + "scripts/toolflow-audit/plugin.js").body())
        .contains("pluginPoint: 'cockpit.navigation'").contains("pluginPoint: 'cockpit.route'");
  }

  @Test
  void anAuditorLoggedIntoCockpitReadsTheTrailWithTheSession() throws Exception {
    AuditProbe probe = new AuditProbe(engine);
    String id = probe.runRejected("COCKPIT-" + System.nanoTime(), "cockpittool");

    assertThat(get("/api/audit/process-instances/" + id).statusCode()).as("before login").isEqualTo(401);
    loginToCockpit(AuditProbe.AUDITOR, AuditProbe.PASSWORD);

    HttpResponse<String> trail = get("/api/audit/process-instances/" + id);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"toolKey\":\"cockpittool\"").contains(AuditProbe.APPROVER);
    assertThat(get("/api/audit/process-instances?toolKey=cockpittool").body()).contains(id);
  }

  // As the login page does: fetch the page for the CSRF cookie, then post the credentials with its token.
  private void loginToCockpit(String user, String password) throws Exception {
    get(COCKPIT);
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login: " + login.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
