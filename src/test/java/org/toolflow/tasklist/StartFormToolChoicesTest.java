package org.toolflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.change.ChangeRecord;
import org.toolflow.change.ChangeRecords;
import org.toolflow.change.ChangeStatus;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/** The start form a client reads offers the tools the registry holds at that moment, not what the file holds. */
@ToolFlowSpringTest
class StartFormToolChoicesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ToolRegistry registry;
  @Autowired
  ChangeRecords changes;

  @Test
  void aStartFormOffersExactlyTheActiveToolsAndARetiredOneIsGoneAtTheNextRead() throws Exception {
    IncidentTestSupport.activeTool(registry, "offered-tool", QualityOfSupport.BASE);
    IncidentTestSupport.activeTool(registry, "soon-retired-tool", QualityOfSupport.BASE);
    assertThat(offered("change-request")).contains("soon-retired-tool").isEqualTo(keys(ToolStatus.ACTIVE));

    registry.retire("soon-retired-tool");

    assertThat(offered("change-request")).contains("offered-tool").doesNotContain("soon-retired-tool")
        .isEqualTo(keys(ToolStatus.ACTIVE));
    assertThat(offered("tool-retirement")).isEqualTo(keys(ToolStatus.ACTIVE));
  }

  @Test
  void formsWithoutAChoiceComeBackAsDeployed() throws Exception {
    HttpResponse<String> form = new TestRest(port).get("/engine-rest/process-definition/key/tool-onboarding/deployed-start-form",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(form.body()).path("id").asText()).isEqualTo("tool-onboarding-request");
    assertThat(form.body()).doesNotContain("toolflow:options");
  }

  @Test
  void holdOrResumeOffersTheChangesThatCanStillBeHeldOrResumed() throws Exception {
    List<String> offered = offered("change-hold", "changeKey");

    assertThat(offered).isEqualTo(changes.holdableOrHeld().stream().map(ChangeRecord::key).sorted().toList());
    assertThat(changes.list(null, ChangeStatus.REJECTED, 0, 100)).extracting(ChangeRecord::key)
        .noneMatch(offered::contains);
  }

  private List<String> offered(String processKey) throws Exception {
    return offered(processKey, "toolKey");
  }

  private List<String> offered(String processKey, String field) throws Exception {
    HttpResponse<String> form = new TestRest(port).get("/engine-rest/process-definition/key/" + processKey
        + "/deployed-start-form", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(form.statusCode()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    for (JsonNode component : JSON.readTree(form.body()).path("components")) {
      if (field.equals(component.path("key").asText())) {
        assertThat(component.path("type").asText()).isEqualTo("select");
        component.path("values").forEach(value -> keys.add(value.path("value").asText()));
      }
    }
    return keys.stream().sorted().toList();
  }

  private List<String> keys(ToolStatus status) {
    return registry.listByStatus(status).stream().map(Tool::key).sorted().toList();
  }
}
