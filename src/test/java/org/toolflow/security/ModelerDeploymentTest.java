package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.TestHttp.Credentials;

/** Deploying from Camunda Modeler: the same requests the Modeler sends, with HTTP Basic credentials. */
@ToolFlowSpringTest
class ModelerDeploymentTest {

  private static final Credentials OWNER = new Credentials("modeler-owner", "modeler-owner-secret");
  private static final Credentials AUDITOR = new Credentials("modeler-auditor", "modeler-auditor-secret");
  private static final Credentials OPERATOR = new Credentials("modeler-operator", "modeler-operator-secret");
  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ModelerProbe" targetNamespace="http://toolflow.org/test">
        <bpmn:process id="modeler-probe" name="Modeler probe" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Event_Started" name="Started" />
          <bpmn:sequenceFlow id="Flow_Done" sourceRef="Event_Started" targetRef="Event_Done" />
          <bpmn:endEvent id="Event_Done" name="Done" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;

  private final ObjectMapper json = new ObjectMapper();
  private TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    TestUsers.ensureUser(identityService, OWNER.user(), OWNER.password(), Roles.PROCESS_OWNERS);
    TestUsers.ensureUser(identityService, AUDITOR.user(), AUDITOR.password(), Roles.AUDITORS);
    TestUsers.ensureUser(identityService, OPERATOR.user(), OPERATOR.password(), Roles.EGI_OPERATIONS);
  }

  @Test
  void aProcessOwnerPassesTheModelersConnectionCheckAndDeploysBpmnDmnAndAForm() throws Exception {
    assertThat(http.get("/engine-rest/deployment?maxResults=0", OWNER).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/version", OWNER).statusCode()).isEqualTo(200);

    HttpResponse<String> answer = deploy(OWNER, Map.of(
        "modeler-probe.bpmn", BPMN.getBytes(StandardCharsets.UTF_8),
        "probe-rule.dmn", AccessProbe.resource(AccessProbe.DMN),
        "access-probe-review.form", AccessProbe.resource(AccessProbe.FORM)));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode deployment = json.readTree(answer.body());
    assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(repositoryService.getDeploymentResourceNames(deployment.path("id").asText()))
        .containsExactlyInAnyOrder("modeler-probe.bpmn", "probe-rule.dmn", "access-probe-review.form");
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.path("id").asText())
        .singleResult().getKey()).isEqualTo("modeler-probe");
  }

  @Test
  void auditorsOperatorsAndStrangersCannotDeploy() {
    Map<String, byte[]> model = Map.of("modeler-probe.bpmn", BPMN.getBytes(StandardCharsets.UTF_8));

    assertThat(deploy(AUDITOR, model).statusCode()).isEqualTo(403);
    assertThat(deploy(OPERATOR, model).statusCode()).isEqualTo(403);
    assertThat(deploy(null, model).statusCode()).isEqualTo(401);
  }

  @Test
  void aProcessOwnerMayTakeADeploymentOutAndAnAuditorMayNot() {
    String id = repositoryService.createDeployment().name("to-be-removed")
        .addString("removable-probe.bpmn", BPMN.replace("modeler-probe", "removable-probe")).deploy().getId();

    assertThat(http.json("DELETE", "/engine-rest/deployment/" + id, AUDITOR, null).statusCode()).isEqualTo(403);
    assertThat(http.json("DELETE", "/engine-rest/deployment/" + id, OWNER, null).statusCode()).isEqualTo(204);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isZero();
  }

  @Test
  void aModelThatReadsAnExternalEntityIsRefusedWithoutReadingIt() {
    String withEntity = BPMN.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
        .replace("name=\"Modeler probe\"", "name=\"&secret;\"").replace("modeler-probe", "xxe-probe");
    long before = repositoryService.createDeploymentQuery().count();

    HttpResponse<String> answer = deploy(OWNER, Map.of("xxe-probe.bpmn", withEntity.getBytes(StandardCharsets.UTF_8)));

    assertThat(answer.statusCode()).as("the model is refused, not failed").isEqualTo(400);
    assertThat(answer.body()).contains("DOCTYPE is disallowed").doesNotContain("root:");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  private HttpResponse<String> deploy(Credentials who, Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "modeler-probe");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    return http.multipart("/engine-rest/deployment/create", who, fields, files);
  }
}
